#include "timelineexport.h"

#include "checks/timelinebuilder.h"

#include <QDateTime>

#include <nlohmann/json.hpp>

namespace dockscope {

qint64 TimelineExport::epochMicros(const QString &datetime)
{
    const QDateTime t = QDateTime::fromString(datetime, Qt::ISODateWithMs);
    if (!t.isValid()) {
        return 0;
    }
    qint64 micros = t.toMSecsSinceEpoch() * 1000;
    // Sub-millisecond digits of the fraction, which QDateTime drops.
    const qsizetype dot = datetime.indexOf(u'.');
    if (dot >= 0) {
        qsizetype i = dot + 1;
        QString digits;
        while (i < datetime.size() && datetime.at(i).isDigit()) {
            digits += datetime.at(i++);
        }
        if (digits.size() > 3) {
            micros += digits.mid(3, 3).leftJustified(3, u'0').toLongLong();
        }
    }
    return micros;
}

QByteArray TimelineExport::csvField(const QString &value)
{
    QByteArray s = value.toUtf8();
    if (s.contains(',') || s.contains('"') || s.contains('\n') || s.contains('\r')) {
        s.replace("\"", "\"\"");
        return '"' + s + '"';
    }
    return s;
}

namespace {

QString layerText(int layer)
{
    return layer >= 0 ? QString::number(layer) : QString();
}

} // namespace

std::vector<TimelineEvent> TimelineExport::events(const Analysis &analysis, bool imageFiles)
{
    std::vector<TimelineEvent> all = analysis.timeline;
    if (imageFiles) {
        std::vector<TimelineEvent> files = TimelineBuilder::imageFileEvents(analysis);
        all.insert(all.end(), std::make_move_iterator(files.begin()),
                   std::make_move_iterator(files.end()));
        TimelineBuilder::sort(all);
    }
    return all;
}

QByteArray TimelineExport::write(const std::vector<TimelineEvent> &events, Format format)
{
    QByteArray out;
    if (format == Format::Csv) {
        out += "message,datetime,timestamp_desc,timestamp,source,evidence,path,layer,finding\r\n";
        for (const TimelineEvent &e : events) {
            const QList<QByteArray> row{csvField(e.message),
                                        csvField(e.datetime),
                                        csvField(e.timestampDesc),
                                        QByteArray::number(epochMicros(e.datetime)),
                                        csvField(e.source),
                                        csvField(e.evidenceFile),
                                        csvField(e.path),
                                        csvField(layerText(e.layer)),
                                        csvField(e.findingId)};
            out += row.join(',') + "\r\n";
        }
        return out;
    }
    for (const TimelineEvent &e : events) {
        nlohmann::ordered_json j;
        j["message"] = e.message.toStdString();
        j["datetime"] = e.datetime.toStdString();
        j["timestamp_desc"] = e.timestampDesc.toStdString();
        j["timestamp"] = epochMicros(e.datetime);
        j["source"] = e.source.toStdString();
        j["evidence"] = e.evidenceFile.toStdString();
        j["path"] = e.path.isEmpty() ? nlohmann::ordered_json(nullptr)
                                     : nlohmann::ordered_json(e.path.toStdString());
        j["layer"] = e.layer >= 0 ? nlohmann::ordered_json(e.layer) : nlohmann::ordered_json(nullptr);
        j["finding"] = e.findingId.isEmpty() ? nlohmann::ordered_json(nullptr)
                                             : nlohmann::ordered_json(e.findingId.toStdString());
        out += QByteArray::fromStdString(
                   j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
            + '\n';
    }
    return out;
}

} // namespace dockscope
