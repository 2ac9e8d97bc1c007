#pragma once

#include <QFileDevice>
#include <QString>

namespace exchange {

// Logs and change journals hold server names, settings and the commands sent: they are
// created readable by the user only. On Unix every folder this creates is 0700 and every file
// 0600, whatever the umask. On Windows the defaults are kept: AppData is per user and its
// inherited ACL already grants only the user (and SYSTEM/Administrators).
class PrivateFiles
{
public:
    // Creates `path` and any missing parents; the folders it creates, and `path` itself,
    // become owner-only. False when the folder cannot be made.
    static bool makeDirectory(const QString &path);
    // Makes an open file owner-only (read and write).
    static bool restrict(QFileDevice &file);
};

} // namespace exchange
