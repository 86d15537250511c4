#include "reportwriter.h"

#include "reportcsv.h"
#include "reporthtml.h"
#include "reportjson.h"
#include "reportpdf.h"
#include "util/digest.h"

#include <QFileInfo>
#include <QSaveFile>

namespace dockscope {

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
    // A report never replaces an evidence item.
    for (const EvidenceItem &e : report.analysis->evidence) {
        if (QFileInfo(e.path).absoluteFilePath() == out.path) {
            out.error = QStringLiteral("refusing to write over the evidence %1").arg(e.path);
            return out;
        }
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
