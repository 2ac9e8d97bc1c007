#pragma once

#include <QString>

namespace cli {

// Reads one line from the process's standard input (without the line end) through C stdio,
// so that successive reads share one buffer: the password line (--password-stdin) and the
// apply confirmation can both come from one pipe ("secret\ny\n"). A QTextStream on stdin
// would read ahead and swallow the following lines. Empty at end of input, and when a
// signal interrupted the read (see InterruptHandler).
QString readStdinLine();

// The same, reading at most `maxChars` characters of the line: *tooLong is set (and the
// text is empty) when the line is longer, so that an unbounded input is never held.
QString readStdinLine(int maxChars, bool *tooLong);

} // namespace cli
