#pragma once

#include "FieldCheck.h"

#include <QColor>
#include <QLabel>

namespace wizard {

// A label that shows a status: the result of an input's FieldCheck, or any page's status
// line. Fine is the palette's text colour, a warning amber, an error red; the amber and red
// follow the palette (lighter on a dark window) so they stay readable in dark mode, and are
// re-chosen when the palette changes. No style sheet, no colour anywhere else in the pages.
// The text is also its accessible description.
class CheckLabel : public QLabel
{
    Q_OBJECT
public:
    explicit CheckLabel(QWidget *parent = nullptr);
    void setCheck(const FieldCheck &check);
    void setStatus(FieldCheck::Level level, const QString &text);
    FieldCheck check() const { return m_check; }

    // The text colour for a level on this palette (also for item views' foregrounds).
    static QColor colour(FieldCheck::Level level, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    FieldCheck m_check;
    bool m_applyingColour = false;
};

} // namespace wizard
