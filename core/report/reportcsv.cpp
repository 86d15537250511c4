#include "reportcsv.h"

#include "timelineexport.h"

namespace dockscope {

namespace {

QByteArray field(const QString &value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0))) {
        return TimelineExport::csvField(u'\'' + value);
    }
    return TimelineExport::csvField(value);
}

QString number(qint64 n)
{
    return n >= 0 ? QString::number(n) : QString();
}

struct Row
{
    QString record, message, datetime, timestampDesc, severity, rule, container, image, layer,
        path, line, sha256, source, evidenceFile, finding;
};

void append(QByteArray &out, const Row &r)
{
    const QList<QByteArray> fields{field(r.message),
                                   field(r.datetime),
                                   field(r.timestampDesc),
                                   r.datetime.isEmpty() ? QByteArray()
                                                        : QByteArray::number(TimelineExport::epochMicros(r.datetime)),
                                   field(r.record),
                                   field(r.severity),
                                   field(r.rule),
                                   field(r.container),
                                   field(r.image),
                                   field(r.layer),
                                   field(r.path),
                                   field(r.line),
                                   field(r.sha256),
                                   field(r.source),
                                   field(r.evidenceFile),
                                   field(r.finding)};
    out += fields.join(',') + "\r\n";
}

} // namespace

QByteArray ReportCsv::write(const Report &report)
{
    QByteArray out = "message,datetime,timestamp_desc,timestamp,record,severity,rule,container,"
                     "image,layer,path,line,sha256,source,evidence,finding\r\n";
    for (const Finding &f : report.findings) {
        Row r;
        r.record = QStringLiteral("finding");
        r.message = f.rule + QStringLiteral(": ") + f.title
            + (f.evidence.isEmpty() ? QString() : QStringLiteral(" — ") + f.evidence);
        r.datetime = f.timestamp;
        r.timestampDesc = f.timestamp.isEmpty() ? QString() : QStringLiteral("Finding");
        r.severity = severityName(f.severity);
        r.rule = f.rule;
        r.container = f.container;
        r.image = f.image;
        r.layer = number(f.layer);
        r.path = f.path;
        r.line = number(f.line);
        r.sha256 = f.sha256;
        r.source = f.source;
        r.evidenceFile = f.evidenceFile;
        r.finding = f.id;
        append(out, r);
    }
    for (const Container &c : report.analysis->containers) {
        for (const Change &ch : c.changes) {
            Row r;
            r.record = QStringLiteral("change");
            r.message = QString(Change::kindLetter(ch.kind)) + u' ' + ch.path;
            r.container = c.id;
            r.image = c.imageId;
            r.path = ch.path;
            r.source = c.changesSource;
            r.evidenceFile = c.evidenceFile;
            append(out, r);
        }
    }
    for (const TimelineEvent &e : report.analysis->timeline) {
        Row r;
        r.record = QStringLiteral("timeline");
        r.message = e.message;
        r.datetime = e.datetime;
        r.timestampDesc = e.timestampDesc;
        r.layer = number(e.layer);
        r.path = e.path;
        r.source = e.source;
        r.evidenceFile = e.evidenceFile;
        r.finding = e.findingId;
        append(out, r);
    }
    return out;
}

} // namespace dockscope
