#pragma once

#include "Organisation.h"

#include "LazyWizardPage.h"

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace wizard {

class CheckLabel;
class SetupController;

// Page 5: the journal rule (name; scope Internal; all recipients), the existing rules, what
// will happen (create, reuse, enable, conflict) and double-archiving warnings.
class JournalRulePage : public LazyWizardPage
{
    Q_OBJECT
public:
    explicit JournalRulePage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void build() override;

private:
    void revalidate();

    SetupController *m_controller;
    QLineEdit *m_nameLineEdit = nullptr;
    CheckLabel *m_checkLabel = nullptr;
    QTreeWidget *m_rulesTreeWidget = nullptr;
    CheckLabel *m_warningsLabel = nullptr;
};

} // namespace wizard
