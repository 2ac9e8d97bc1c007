#include "ClosestMatch.h"

#include <QList>

#include <algorithm>

namespace cli {

int ClosestMatch::distance(const QString &first, const QString &second)
{
    const QString a = first.toLower();
    const QString b = second.toLower();
    const int n = int(a.size());
    const int m = int(b.size());
    // Three rows of the (n+1) x (m+1) table: two back for swaps.
    QList<int> before(m + 1), previous(m + 1), row(m + 1);
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        row[0] = i;
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, before[j - 2] + 1);
            row[j] = best;
        }
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return previous[m];
}

QString ClosestMatch::in(const QString &word, const QStringList &candidates)
{
    if (word.isEmpty())
        return {};
    const int allowed = std::max(2, int(word.size()) / 3);
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        const int d = distance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

} // namespace cli
