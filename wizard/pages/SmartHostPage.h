#pragma once

#include "FieldCheck.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace wizard {

class CheckLabel;
class SetupController;

// Page 7: the optional send connector routing the archive's domain to the SecureStore smart
// host. Off by default: only needed when outbound mail relays through Mailprotector.
class SmartHostPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SmartHostPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    static FieldCheck check(bool enabled, const QString &name, const QString &smartHost,
                            int checkedServers, int availableServers);

private:
    void revalidate();
    QStringList checkedServers() const;

    SetupController *m_controller;
    QCheckBox *m_enabledCheckBox;
    QLineEdit *m_nameLineEdit;
    QLineEdit *m_smartHostLineEdit;
    QListWidget *m_serversListWidget;
    QCheckBox *m_tlsCheckBox;
    CheckLabel *m_checkLabel;
    CheckLabel *m_existingLabel;
};

} // namespace wizard
