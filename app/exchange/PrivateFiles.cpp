#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace exchange {

namespace {

constexpr QFileDevice::Permissions ownerOnlyDirectory
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

bool PrivateFiles::makeDirectory(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    QStringList created; // the folders that do not exist yet, innermost first
    for (QString p = target; !p.isEmpty() && !QFileInfo::exists(p);) {
        created << p;
        const QString parent = QFileInfo(p).absolutePath();
        if (parent == p)
            break;
        p = parent;
    }
    if (!QDir().mkpath(target))
        return false;
#ifdef Q_OS_UNIX
    if (!created.contains(target))
        created << target; // made by an older version with the umask's permissions
    for (const QString &dir : std::as_const(created))
        QFile::setPermissions(dir, ownerOnlyDirectory);
#endif
    return true;
}

bool PrivateFiles::restrict(QFileDevice &file)
{
#ifdef Q_OS_UNIX
    return file.setPermissions(ownerOnlyFile);
#else
    Q_UNUSED(file)
    return true;
#endif
}

} // namespace exchange
