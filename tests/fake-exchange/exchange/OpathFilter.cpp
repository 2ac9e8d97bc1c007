#include "OpathFilter.h"

#include <QRegularExpression>

namespace fake {

namespace {

const QStringList kOperators = {
    QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("gt"),   QStringLiteral("ge"),
    QStringLiteral("lt"), QStringLiteral("le"), QStringLiteral("like"), QStringLiteral("notlike")};

class Tokens
{
public:
    explicit Tokens(const QString &text)
        : m_text(text)
    {}
    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text.at(m_pos).isSpace() || m_text.at(m_pos) == QLatin1Char('(')
                   || m_text.at(m_pos) == QLatin1Char(')')))
            ++m_pos;
    }
    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    int position() const { return m_pos + 1; }
    QString word()
    {
        skipSpace();
        const int start = m_pos;
        while (m_pos < m_text.size()
               && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('-')
                   || m_text.at(m_pos) == QLatin1Char('$') || m_text.at(m_pos) == QLatin1Char('_')
                   || m_text.at(m_pos) == QLatin1Char('.') || m_text.at(m_pos) == QLatin1Char('*')
                   || m_text.at(m_pos) == QLatin1Char('\\')
                   || m_text.at(m_pos) == QLatin1Char(':')))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    // A quoted or bare value; false when a quote is not closed.
    bool value(QString *out)
    {
        skipSpace();
        if (m_pos < m_text.size()
            && (m_text.at(m_pos) == QLatin1Char('\'') || m_text.at(m_pos) == QLatin1Char('"'))) {
            const QChar quote = m_text.at(m_pos++);
            QString v;
            while (m_pos < m_text.size()) {
                const QChar c = m_text.at(m_pos++);
                if (c == quote) {
                    if (m_pos < m_text.size() && m_text.at(m_pos) == quote) {
                        v.append(quote); // doubled quote
                        ++m_pos;
                        continue;
                    }
                    *out = v;
                    return true;
                }
                v.append(c);
            }
            return false;
        }
        *out = word();
        return true;
    }

private:
    QString m_text;
    int m_pos = 0;
};

int compareValues(const QString &a, const QString &b)
{
    bool okA = false, okB = false;
    const double x = a.toDouble(&okA);
    const double y = b.toDouble(&okB);
    if (okA && okB)
        return x < y ? -1 : (x > y ? 1 : 0);
    return a.compare(b, Qt::CaseInsensitive);
}

} // namespace

bool OpathFilter::wildcardMatch(const QString &pattern, const QString &text)
{
    QString re;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            re += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            re += QLatin1Char('.');
        else
            re += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(re),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::DotMatchesEverythingOption)
        .match(text)
        .hasMatch();
}

std::optional<OpathFilter> OpathFilter::parse(const QString &text, const QStringList &properties,
                                              QString *error)
{
    OpathFilter f;
    Tokens t(text);
    auto fail = [&](const QString &why) {
        *error = QStringLiteral("The filter \"%1\" isn't valid at position %2: %3.")
                     .arg(text)
                     .arg(t.position())
                     .arg(why);
        return std::nullopt;
    };
    if (t.atEnd())
        return fail(QStringLiteral("the filter is empty"));
    while (true) {
        const QString property = t.word();
        if (property.isEmpty() || property.startsWith(QLatin1Char('-')))
            return fail(QStringLiteral("a property name is expected"));
        bool known = false;
        for (const QString &p : properties)
            known = known || p.compare(property, Qt::CaseInsensitive) == 0;
        if (!known)
            return fail(QStringLiteral("'%1' isn't a filterable property (filterable: %2)")
                            .arg(property, properties.join(QStringLiteral(", "))));
        const QString op = t.word();
        if (!op.startsWith(QLatin1Char('-')) || !kOperators.contains(op.mid(1).toLower()))
            return fail(QStringLiteral("'%1' isn't a supported operator (-eq, -ne, -gt, -ge, "
                                       "-lt, -le, -like, -notlike)")
                            .arg(op));
        QString value;
        if (!t.value(&value))
            return fail(QStringLiteral("a quoted value is not closed"));
        if (value.compare(QLatin1String("$null"), Qt::CaseInsensitive) == 0)
            value.clear();
        f.m_clauses.append({property.toLower(), op.mid(1).toLower(), value});
        if (t.atEnd())
            break;
        const QString join = t.word();
        if (join.compare(QLatin1String("-and"), Qt::CaseInsensitive) != 0)
            return fail(QStringLiteral("only -and can join comparisons, not '%1'").arg(join));
        if (t.atEnd())
            return fail(QStringLiteral("a comparison is expected after -and"));
    }
    return f;
}

bool OpathFilter::matches(const QMap<QString, QString> &values) const
{
    for (const Clause &c : m_clauses) {
        const QString v = values.value(c.property);
        bool ok = false;
        if (c.op == QLatin1String("like") || c.op == QLatin1String("notlike")) {
            ok = wildcardMatch(c.value, v) == (c.op == QLatin1String("like"));
        } else {
            const int cmp = compareValues(v, c.value);
            if (c.op == QLatin1String("eq"))
                ok = cmp == 0;
            else if (c.op == QLatin1String("ne"))
                ok = cmp != 0;
            else if (c.op == QLatin1String("gt"))
                ok = cmp > 0;
            else if (c.op == QLatin1String("ge"))
                ok = cmp >= 0;
            else if (c.op == QLatin1String("lt"))
                ok = cmp < 0;
            else
                ok = cmp <= 0;
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace fake
