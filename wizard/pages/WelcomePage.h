#pragma once

#include <QWizardPage>

namespace wizard {

// Page 1: what will be configured and why, prerequisites, what is not touched.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
};

} // namespace wizard
