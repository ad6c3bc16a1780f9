#pragma once

// The experiment files opened or saved lately, newest first, kept in the user's settings
// (QSettings "files/recent"). Files that no longer exist are left out of the list.

#include <QString>
#include <QStringList>

namespace eqlab::app {

class RecentFiles {
public:
    static constexpr int kMaxFiles = 8;

    QStringList paths() const;
    // To the front (absolute path); the oldest beyond kMaxFiles go.
    void add(const QString& path);
    void clear();
};

}  // namespace eqlab::app
