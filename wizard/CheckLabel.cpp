#include "CheckLabel.h"

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
    switch (check.level) {
    case FieldCheck::Level::Ok:
        setStyleSheet(QString());
        break;
    case FieldCheck::Level::Warning:
        setStyleSheet(QStringLiteral("color: #8a5a00;"));
        break;
    case FieldCheck::Level::Error:
        setStyleSheet(QStringLiteral("color: #b00020;"));
        break;
    }
    setAccessibleDescription(check.message);
}

} // namespace wizard
