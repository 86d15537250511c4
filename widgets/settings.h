#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dockscope {

// Typed access to the workbench's settings; keys live here and nowhere else.
class Settings
{
public:
    enum class TimeDisplay { Utc, Local };

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &value);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &value);

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void clearRecentFiles();

    static QStringList ruleFolders();
    static void setRuleFolders(const QStringList &folders);

    // A folder of OSV files the packages are matched against; empty: none.
    static QString vulnDbFolder();
    static void setVulnDbFolder(const QString &folder);

    static qint64 maxScanSize();
    static void setMaxScanSize(qint64 bytes);

    static TimeDisplay timeDisplay();
    static void setTimeDisplay(TimeDisplay display);

    static QString exportFolder();
    static void setExportFolder(const QString &folder);

    static QString language(); // empty: from the system locale
    static void setLanguage(const QString &language);

    static constexpr int MaxRecentFiles = 10;
    static constexpr qint64 DefaultMaxScanSize = 64 << 20;
    // Version of the dock layout written by saveState(); bump when docks change.
    static constexpr int WindowStateVersion = 3; // 2: the Case dock, 3: the Packages dock
};

} // namespace dockscope
