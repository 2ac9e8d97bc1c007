#pragma once

#include <QString>

namespace remoting {

// Text that came from the server (fault messages, error and informational records) is cut
// to this many characters wherever it is shown or logged: a hostile or broken server must
// not flood the terminal, the log or the wizard.
constexpr int kMaxServerTextChars = 2000;

// `text` when it is short enough, else its first maxChars characters followed by
// "… (N more characters)". A surrogate pair is never split.
QString serverText(const QString &text, int maxChars = kMaxServerTextChars);

} // namespace remoting
