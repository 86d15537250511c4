#include "reportwriter.h"

#include "reportcsv.h"
#include "reporthtml.h"
#include "reportjson.h"
#include "reportpdf.h"
#include "util/digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <filesystem>
#include <system_error>

namespace dockscope {

namespace {

// The same file by device and inode: through symbolic links and hard links too.
bool sameFile(const QString &a, const QString &b)
{
    std::error_code error;
    const bool same = std::filesystem::equivalent(std::filesystem::path(QFile::encodeName(a).toStdString()),
                                                  std::filesystem::path(QFile::encodeName(b).toStdString()), error);
    return !error && same;
}

bool samePlace(const QString &path, const QString &target)
{
    return QFileInfo(path).absoluteFilePath() == target || sameFile(path, target);
}

// True when the folder holds the file (which need not exist yet), at any depth.
bool folderHolds(const QString &folder, const QString &file)
{
    QDir dir = QFileInfo(file).absoluteDir();
    while (true) {
        if (sameFile(folder, dir.absolutePath())) {
            return true;
        }
        if (dir.isRoot() || !dir.cdUp()) {
            return false;
        }
    }
}

// Why the report may not go to path (empty when it may): it would replace or change an
// evidence item (also through a link, or inside an evidence folder) or the case file.
QString refusal(const Report &report, const QString &path)
{
    QStringList evidence;
    for (const EvidenceItem &e : report.analysis->evidence) {
        evidence << e.path;
    }
    if (report.caseData) {
        for (const CaseEvidence &e : report.caseData->evidence) {
            evidence << e.path;
        }
        if (samePlace(report.caseData->path, path)) {
            return QStringLiteral("refusing to write over the case file %1").arg(report.caseData->path);
        }
    }
    for (const QString &e : evidence) {
        if (samePlace(e, path)) {
            return QStringLiteral("refusing to write over the evidence %1").arg(e);
        }
        if (QFileInfo(e).isDir() && folderHolds(e, path)) {
            return QStringLiteral("refusing to write into the evidence folder %1").arg(e);
        }
    }
    return {};
}

} // namespace

std::optional<ReportWriter::Format> ReportWriter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"html" || n == u"htm") {
        return Format::Html;
    }
    if (n == u"pdf") {
        return Format::Pdf;
    }
    if (n == u"json") {
        return Format::Json;
    }
    if (n == u"csv") {
        return Format::Csv;
    }
    return std::nullopt;
}

QString ReportWriter::formatName(Format format)
{
    switch (format) {
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Csv:
        break;
    }
    return QStringLiteral("csv");
}

QByteArray ReportWriter::render(const Report &report, Format format)
{
    switch (format) {
    case Format::Html:
        return ReportHtml::write(report).toUtf8();
    case Format::Pdf:
        return ReportPdf::write(report);
    case Format::Json:
        return ReportJson::write(report);
    case Format::Csv:
        break;
    }
    return ReportCsv::write(report);
}

ReportFile ReportWriter::write(const Report &report, Format format, const QString &path)
{
    ReportFile out;
    out.path = QFileInfo(path).absoluteFilePath();
    out.format = formatName(format);
    // A report never replaces or changes an evidence item, nor the case file.
    out.error = refusal(report, out.path);
    if (!out.error.isEmpty()) {
        return out;
    }
    const QByteArray data = render(report, format);
    QSaveFile file(out.path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        out.error = file.errorString();
        return out;
    }
    out.sha256 = Sha256::of(data).hex();
    out.sizeBytes = data.size();
    out.ok = true;
    return out;
}

} // namespace dockscope
