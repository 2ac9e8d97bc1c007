#pragma once

#include <QWizard>

namespace credentials {
class CredentialStore;
}

namespace wizard {

class HealthCheckController;
class SetupController;

// The click-through: ten pages over one SetupController. Cancel during work stops it safely
// (between apply steps) instead of closing over a running change.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        WelcomePageId,
        ConnectPageId,
        JournalAddressPageId,
        NdrMailboxPageId,
        JournalRulePageId,
        RemoteDomainPageId,
        SmartHostPageId,
        ReviewPageId,
        ApplyPageId,
        FinishPageId,
    };

    // controller: null = the wizard creates its own (with the system keychain).
    explicit SetupWizard(SetupController *controller = nullptr, QWidget *parent = nullptr);

    SetupController *controller() const { return m_controller; }
    HealthCheckController *healthCheck() const { return m_health; }

    // "Check that journaling works" on the Welcome page: Connect, then the Finish page.
    int nextId() const override;
    void reject() override;
    void done(int result) override;

private:
    SetupController *m_controller;
    HealthCheckController *m_health;
};

} // namespace wizard
