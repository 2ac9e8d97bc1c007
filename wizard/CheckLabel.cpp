#include "CheckLabel.h"

#include <QApplication>
#include <QEvent>

namespace wizard {

CheckLabel::CheckLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void CheckLabel::setCheck(const FieldCheck &check)
{
    m_check = check;
    setText(check.message);
    setAccessibleDescription(check.message);
    applyColour();
}

void CheckLabel::setStatus(FieldCheck::Level level, const QString &text)
{
    setCheck(FieldCheck{level, text});
}

QColor CheckLabel::colour(FieldCheck::Level level, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    if (level == FieldCheck::Level::Ok)
        return text;
    // Fixed hues (amber, red) whose lightness is chosen against the window colour: the dark
    // shades of a light theme would be unreadable on a dark window.
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    if (level == FieldCheck::Level::Warning)
        return darkWindow ? QColor(0xf0, 0xb4, 0x3c) : QColor(0x8a, 0x5a, 0x00);
    return darkWindow ? QColor(0xff, 0x7a, 0x85) : QColor(0xb0, 0x00, 0x20);
}

void CheckLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColour)
        applyColour();
}

void CheckLabel::applyColour()
{
    // Chosen against the palette this label inherits, not its own (which holds our colour).
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    QPalette own = palette();
    own.setColor(QPalette::WindowText, colour(m_check.level, inherited));
    m_applyingColour = true;
    setPalette(own);
    m_applyingColour = false;
}

} // namespace wizard
