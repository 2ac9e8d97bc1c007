#pragma once

#include <QWizardPage>

class QRadioButton;

namespace wizard {

// Page 1: what will be configured and why, prerequisites, what is not touched; or, for an
// organisation that is already configured, "check that journaling works" (field "checkOnly":
// Connect, then straight to the Finish page's health check).
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

private:
    QRadioButton *m_setupRadio;
    QRadioButton *m_checkRadio;
};

} // namespace wizard
