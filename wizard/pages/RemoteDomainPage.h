#pragma once

#include "FieldCheck.h"

#include "LazyWizardPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace wizard {

class CheckLabel;
class SetupController;

// Page 6: the remote domain that keeps journal reports free of winmail.dat (TNEF off, no
// out-of-office replies). On by default; an existing one for the domain is reused.
class RemoteDomainPage : public LazyWizardPage
{
    Q_OBJECT
public:
    explicit RemoteDomainPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    static FieldCheck check(bool enabled, const QString &name, const QString &domain,
                            const QList<exchange::RemoteDomain> &remoteDomains);

protected:
    void build() override;

private:
    void revalidate();

    SetupController *m_controller;
    QCheckBox *m_enabledCheckBox = nullptr;
    QLineEdit *m_nameLineEdit = nullptr;
    QLineEdit *m_domainLineEdit = nullptr;
    CheckLabel *m_checkLabel = nullptr;
};

} // namespace wizard
