#pragma once

#include "LazyWizardPage.h"

class QLineEdit;

namespace wizard {

class CheckLabel;
class SetupController;

// Page 3: the unique journaling address from the Mailprotector Console, checked as typed.
class JournalAddressPage : public LazyWizardPage
{
    Q_OBJECT
public:
    explicit JournalAddressPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void build() override;

private:
    void revalidate();

    SetupController *m_controller;
    QLineEdit *m_addressLineEdit = nullptr;
    CheckLabel *m_checkLabel = nullptr;
};

} // namespace wizard
