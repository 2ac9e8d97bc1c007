#pragma once

#include "Organisation.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace wizard {

class CheckLabel;
class SetupController;

// Page 5: the journal rule (name; scope Internal; all recipients), the existing rules, what
// will happen (create, reuse, enable, conflict) and double-archiving warnings.
class JournalRulePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit JournalRulePage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void revalidate();

    SetupController *m_controller;
    QLineEdit *m_nameLineEdit;
    CheckLabel *m_checkLabel;
    QTreeWidget *m_rulesTreeWidget;
    CheckLabel *m_warningsLabel;
};

} // namespace wizard
