#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace wizard {

class CheckLabel;
class SetupController;

// Page 4: the mailbox that receives undeliverable journal reports (JournalingReportNdrTo).
// Type-ahead from the discovered mailboxes; replacing a different current value needs consent.
class NdrMailboxPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit NdrMailboxPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    // True when Exchange already sends these reports to a different address.
    bool needsReplaceConsent() const;

private:
    void revalidate();

    SetupController *m_controller;
    QLabel *m_currentLabel;
    QLineEdit *m_ndrLineEdit;
    QStringListModel *m_mailboxModel;
    CheckLabel *m_checkLabel;
    QCheckBox *m_replaceCheckBox;
};

} // namespace wizard
