#pragma once

#include <QString>
#include <QStringList>

namespace cli {

// "Did you mean …?" for misspelt commands, options and answers-file keys.
class ClosestMatch
{
public:
    // Optimal string alignment distance (insertions, deletions, substitutions and swaps of
    // two neighbouring characters each cost 1), case-insensitive.
    static int distance(const QString &a, const QString &b);
    // The candidate nearest to `word` when it is near enough to be a plausible typo (at most
    // 2 edits, or a third of the word's length for long words); empty otherwise.
    static QString in(const QString &word, const QStringList &candidates);
};

} // namespace cli
