#include "LazyWizardPage.h"

namespace wizard {

LazyWizardPage::LazyWizardPage(QWidget *parent)
    : QWizardPage(parent)
{}

void LazyWizardPage::ensureBuilt()
{
    if (m_built)
        return;
    m_built = true;
    build();
}

} // namespace wizard
