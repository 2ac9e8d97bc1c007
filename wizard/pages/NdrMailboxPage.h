#pragma once

#include "LazyWizardPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace wizard {

class CheckLabel;
class SetupController;

// Page 4: the mailbox that receives undeliverable journal reports (JournalingReportNdrTo).
// Type-ahead from the discovered mailboxes; replacing a different current value needs consent.
class NdrMailboxPage : public LazyWizardPage
{
    Q_OBJECT
public:
    explicit NdrMailboxPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // True when Exchange already sends these reports to a different address.
    bool needsReplaceConsent() const;

protected:
    void build() override;

private:
    void revalidate();

    SetupController *m_controller;
    QLabel *m_currentLabel = nullptr;
    QLineEdit *m_ndrLineEdit = nullptr;
    QStringListModel *m_mailboxModel = nullptr;
    CheckLabel *m_checkLabel = nullptr;
    QCheckBox *m_replaceCheckBox = nullptr;
};

} // namespace wizard
