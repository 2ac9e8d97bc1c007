#pragma once

#include <QWizardPage>

namespace wizard {

// A wizard page whose widgets are made when it is first shown, not when the wizard starts:
// the wizard starts on its Welcome page, and building, polishing and measuring the other nine
// pages' widgets (tree views, text editors, word-wrapped labels) up front made the start-up
// slower and heavier than it needs to be (issue 11). The title, subtitle, commit/final flags
// and button texts are set in the constructor (QWizard needs them before the page is shown);
// build() makes the rest. initializePage() of a subclass calls ensureBuilt() first, and every
// other method copes with a page that is not built yet.
class LazyWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit LazyWizardPage(QWidget *parent = nullptr);

    // Makes the page's widgets if they are not made yet (tests call it to inspect a page).
    void ensureBuilt();
    bool isBuilt() const { return m_built; }

protected:
    // Creates the widgets, the layout and the connections; called once.
    virtual void build() = 0;

private:
    bool m_built = false;
};

} // namespace wizard
