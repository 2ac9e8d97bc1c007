#pragma once

#include "FieldCheck.h"

#include "LazyWizardPage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace wizard {

class CheckLabel;
class SetupController;

// Page 7: the optional send connector routing the archive's domain to the SecureStore smart
// host. Off by default: only needed when outbound mail relays through Mailprotector.
class SmartHostPage : public LazyWizardPage
{
    Q_OBJECT
public:
    explicit SmartHostPage(SetupController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    static FieldCheck check(bool enabled, const QString &name, const QString &smartHost,
                            int checkedServers, int availableServers);

protected:
    void build() override;

private:
    void revalidate();
    QStringList checkedServers() const;

    SetupController *m_controller;
    QCheckBox *m_enabledCheckBox = nullptr;
    QLineEdit *m_nameLineEdit = nullptr;
    QLineEdit *m_smartHostLineEdit = nullptr;
    QListWidget *m_serversListWidget = nullptr;
    QCheckBox *m_tlsCheckBox = nullptr;
    CheckLabel *m_checkLabel = nullptr;
    CheckLabel *m_existingLabel = nullptr;
};

} // namespace wizard
