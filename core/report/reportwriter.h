#pragma once

#include "report.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <optional>

namespace dockscope {

// What was written: the file and its SHA-256, for the audit log.
struct ReportFile
{
    bool ok = false;
    QString path;
    QString format;  // html | pdf | json | csv
    QString sha256;  // hex
    qint64 sizeBytes = 0;
    QString error;   // the system's message
};

// Renders a report in one of its four formats and writes it (atomically, never over evidence).
class ReportWriter
{
public:
    enum class Format { Html, Pdf, Json, Csv };

    static std::optional<Format> formatFromName(const QString &name);
    static QString formatName(Format format);
    static QByteArray render(const Report &report, Format format); // Pdf needs a QGuiApplication
    static ReportFile write(const Report &report, Format format, const QString &path);
};

} // namespace dockscope

Q_DECLARE_METATYPE(dockscope::ReportFile)
