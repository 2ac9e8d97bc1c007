#include "SetupWizard.h"

namespace wizard {

SetupWizard::SetupWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("SecureStore Journaling Setup"));
}

} // namespace wizard
