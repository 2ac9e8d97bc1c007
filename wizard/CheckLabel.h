#pragma once

#include "FieldCheck.h"

#include <QLabel>

namespace wizard {

// A label under an input that shows the result of its FieldCheck: a calm grey note when
// fine, amber for a warning, red for an error; the text is also its accessible description.
class CheckLabel : public QLabel
{
    Q_OBJECT
public:
    explicit CheckLabel(QWidget *parent = nullptr);
    void setCheck(const FieldCheck &check);
    FieldCheck check() const { return m_check; }

private:
    FieldCheck m_check;
};

} // namespace wizard
