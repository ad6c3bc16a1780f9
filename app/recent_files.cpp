#include "app/recent_files.h"

#include <QFileInfo>
#include <QSettings>

namespace eqlab::app {

namespace {
const QString kKey = QStringLiteral("files/recent");

QSettings settings() {
    return QSettings(QStringLiteral("eqlab"), QStringLiteral("eqlab"));
}
}  // namespace

QStringList RecentFiles::paths() const {
    QStringList existing;
    for (const QString& path : settings().value(kKey).toStringList()) {
        if (QFileInfo::exists(path)) {
            existing << path;
        }
    }
    return existing;
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = settings().value(kKey).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxFiles) {
        list.removeLast();
    }
    settings().setValue(kKey, list);
}

void RecentFiles::clear() {
    settings().remove(kKey);
}

}  // namespace eqlab::app
