#pragma once

#include <QWizard>

namespace wizard {

class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    explicit SetupWizard(QWidget *parent = nullptr);
};

} // namespace wizard
