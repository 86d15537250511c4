#include "settings.h"

#include <QSettings>

namespace dockscope {

namespace {
namespace key {
constexpr auto Geometry = "window/geometry";
constexpr auto State = "window/state";
constexpr auto RecentFiles = "files/recent";
constexpr auto RuleFolders = "analysis/ruleFolders";
constexpr auto MaxScanSize = "analysis/maxScanSize";
constexpr auto VulnDbFolder = "analysis/vulnDbFolder";
constexpr auto TimeDisplay = "display/time";
constexpr auto ExportFolder = "files/exportFolder";
constexpr auto Language = "display/language";
} // namespace key

QVariant value(const char *k, const QVariant &fallback = {})
{
    return QSettings().value(QLatin1String(k), fallback);
}

void setValue(const char *k, const QVariant &v)
{
    QSettings().setValue(QLatin1String(k), v);
}
} // namespace

QByteArray Settings::windowGeometry()
{
    return value(key::Geometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &v)
{
    setValue(key::Geometry, v);
}

QByteArray Settings::windowState()
{
    return value(key::State).toByteArray();
}

void Settings::setWindowState(const QByteArray &v)
{
    setValue(key::State, v);
}

QStringList Settings::recentFiles()
{
    return value(key::RecentFiles).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles) {
        files.removeLast();
    }
    setValue(key::RecentFiles, files);
}

void Settings::clearRecentFiles()
{
    setValue(key::RecentFiles, QStringList());
}

QStringList Settings::ruleFolders()
{
    return value(key::RuleFolders).toStringList();
}

void Settings::setRuleFolders(const QStringList &folders)
{
    setValue(key::RuleFolders, folders);
}

QString Settings::vulnDbFolder()
{
    return value(key::VulnDbFolder).toString();
}

void Settings::setVulnDbFolder(const QString &folder)
{
    setValue(key::VulnDbFolder, folder);
}

qint64 Settings::maxScanSize()
{
    return value(key::MaxScanSize, DefaultMaxScanSize).toLongLong();
}

void Settings::setMaxScanSize(qint64 bytes)
{
    setValue(key::MaxScanSize, bytes);
}

Settings::TimeDisplay Settings::timeDisplay()
{
    return value(key::TimeDisplay).toString() == u"local" ? TimeDisplay::Local : TimeDisplay::Utc;
}

void Settings::setTimeDisplay(TimeDisplay display)
{
    setValue(key::TimeDisplay, display == TimeDisplay::Local ? QStringLiteral("local")
                                                            : QStringLiteral("utc"));
}

QString Settings::exportFolder()
{
    return value(key::ExportFolder).toString();
}

void Settings::setExportFolder(const QString &folder)
{
    setValue(key::ExportFolder, folder);
}

QString Settings::language()
{
    return value(key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(key::Language, language);
}

} // namespace dockscope
