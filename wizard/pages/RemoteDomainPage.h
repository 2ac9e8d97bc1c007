#pragma once

#include "FieldCheck.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace wizard {

class CheckLabel;
class SetupController;

// Page 6: the remote domain that keeps journal reports free of winmail.dat (TNEF off, no
// out-of-office replies). On by default; an existing one for the domain is reused.
class RemoteDomainPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit RemoteDomainPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    static FieldCheck check(bool enabled, const QString &name, const QString &domain,
                            const QList<exchange::RemoteDomain> &remoteDomains);

private:
    void revalidate();

    SetupController *m_controller;
    QCheckBox *m_enabledCheckBox;
    QLineEdit *m_nameLineEdit;
    QLineEdit *m_domainLineEdit;
    CheckLabel *m_checkLabel;
};

} // namespace wizard
