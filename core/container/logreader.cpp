#include "logreader.h"

#include "archive/blobdecoder.h"
#include "archive/bytesource.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <map>
#include <string>

namespace dockscope {

namespace {

using Json = nlohmann::json;

// Decompresses a rotated file written with the daemon's compress=true, in memory.
QByteArray decoded(const QString &name, const QByteArray &bytes, DiagnosticSink &diag)
{
    if (detectCompression(bytes.constData(), bytes.size()) == Compression::None) {
        return bytes;
    }
    MemorySource source(bytes);
    BlobDecoder decoder(source);
    QByteArray out;
    qint64 length = 0;
    while (const char *chunk = decoder.nextChunk(&length)) {
        if (length <= 0) {
            break;
        }
        out.append(chunk, qsizetype(length));
    }
    if (decoder.failed()) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "%1 could not be decompressed completely "
                                                     "(%2); the part before the damage is read"),
                     {name, decoder.error()}, name, decoder.errorOffset());
    }
    return out;
}

// Calls f(line, lineNumber, offset, terminated) for every line of bytes.
template<typename F>
void forEachLine(const QByteArray &bytes, F &&f)
{
    const char *begin = bytes.constData();
    const char *end = begin + bytes.size();
    const char *p = begin;
    qint64 number = 0;
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        ++number;
        f(QByteArrayView(p, lineEnd - p), number, qint64(p - begin), nl != nullptr);
        p = nl ? nl + 1 : end;
    }
}

class BadLines
{
public:
    BadLines(DiagnosticSink &diag, const QString &file)
        : m_diag(diag)
        , m_file(file)
    {
    }
    ~BadLines()
    {
        if (m_count > LogReader::MaxLineDiagnostics) {
            m_diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "%1 more lines of %2 could not be read"),
                           {QString::number(m_count - LogReader::MaxLineDiagnostics), m_file},
                           m_file);
        }
    }
    BadLines(const BadLines &) = delete;
    BadLines &operator=(const BadLines &) = delete;

    void report(const char *text, qint64 line, qint64 offset, const QString &extra = {})
    {
        if (++m_count > LogReader::MaxLineDiagnostics) {
            return;
        }
        QStringList args{m_file, QString::number(line)};
        if (!extra.isEmpty()) {
            args << extra;
        }
        m_diag.warning(text, args, m_file, offset);
    }

private:
    DiagnosticSink &m_diag;
    QString m_file;
    int m_count = 0;
};

} // namespace

int LogReader::rotationNumber(const QString &name)
{
    QStringView s(name);
    if (s.endsWith(u".gz")) {
        s.chop(3);
    }
    const qsizetype dot = s.lastIndexOf(u'.');
    if (dot < 0 || dot + 1 == s.size()) {
        return 0;
    }
    bool ok = false;
    const int n = s.mid(dot + 1).toInt(&ok);
    return (ok && n >= 0 && s.mid(dot + 1).front().isDigit()) ? n : 0;
}

qsizetype LogReader::timestampLength(QByteArrayView line)
{
    const auto digits = [&](qsizetype from, qsizetype count) {
        if (from + count > line.size()) {
            return false;
        }
        for (qsizetype i = from; i < from + count; ++i) {
            if (line.at(i) < '0' || line.at(i) > '9') {
                return false;
            }
        }
        return true;
    };
    const auto is = [&](qsizetype at, char c) { return at < line.size() && line.at(at) == c; };
    // 2024-05-14T10:00:00
    if (!digits(0, 4) || !is(4, '-') || !digits(5, 2) || !is(7, '-') || !digits(8, 2)
        || !(is(10, 'T') || is(10, 't')) || !digits(11, 2) || !is(13, ':') || !digits(14, 2)
        || !is(16, ':') || !digits(17, 2)) {
        return 0;
    }
    qsizetype i = 19;
    if (is(i, '.')) {
        qsizetype j = i + 1;
        while (j < line.size() && line.at(j) >= '0' && line.at(j) <= '9') {
            ++j;
        }
        if (j == i + 1) {
            return 0;
        }
        i = j;
    }
    if (is(i, 'Z') || is(i, 'z')) {
        ++i;
    } else if ((is(i, '+') || is(i, '-')) && digits(i + 1, 2) && is(i + 3, ':') && digits(i + 4, 2)) {
        i += 6;
    } else {
        return 0;
    }
    return (i == line.size() || line.at(i) == ' ') ? i : 0;
}

std::vector<LogRecord> LogReader::readJsonFile(const std::vector<std::pair<QString, QByteArray>> &files,
                                               DiagnosticSink &diag)
{
    std::vector<std::size_t> order(files.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rotationNumber(files[a].first) > rotationNumber(files[b].first);
    });

    std::vector<LogRecord> records;
    std::map<QString, std::size_t> open; // stream → record still waiting for its last part
    std::map<std::string, QString, std::less<>> streamNames; // "stdout" once, shared by records
    for (const std::size_t index : order) {
        const QString &name = files[index].first;
        const QByteArray bytes = decoded(name, files[index].second, diag);
        BadLines bad(diag, name);
        forEachLine(bytes, [&](QByteArrayView line, qint64 number, qint64 offset, bool terminated) {
            if (line.trimmed().isEmpty()) {
                return;
            }
            const Json j = Json::parse(line.begin(), line.end(), nullptr, false);
            if (j.is_discarded() || !j.is_object()) {
                if (!terminated && j.is_discarded()) {
                    bad.report(QT_TRANSLATE_NOOP("Diagnostic", "%1: line %2 is cut off (the file "
                                                               "ends inside it); skipped"),
                               number, offset);
                } else {
                    bad.report(QT_TRANSLATE_NOOP("Diagnostic", "%1: line %2 is not a JSON log "
                                                               "entry; skipped"),
                               number, offset);
                }
                return;
            }
            const auto field = [&](const char *key, bool *wrong) -> const std::string * {
                const auto it = j.find(key);
                if (it == j.end() || it->is_null()) {
                    return nullptr;
                }
                if (!it->is_string()) {
                    *wrong = true;
                    bad.report(QT_TRANSLATE_NOOP("Diagnostic", "%1: line %2: \"%3\" is not a "
                                                               "string"),
                               number, offset, QString::fromUtf8(key));
                    return nullptr;
                }
                return &it->get_ref<const std::string &>();
            };
            bool wrongLog = false;
            bool ignored = false;
            const std::string *log = field("log", &wrongLog);
            if (!log) {
                if (!wrongLog) {
                    bad.report(QT_TRANSLATE_NOOP("Diagnostic", "%1: line %2 has no \"log\" "
                                                               "text; skipped"),
                               number, offset);
                }
                return;
            }
            const std::string *stream = field("stream", &ignored);
            const std::string *time = field("time", &ignored);
            QString streamName;
            if (stream) {
                auto known = streamNames.find(*stream);
                if (known == streamNames.end()) {
                    known = streamNames.emplace(*stream, QString::fromStdString(*stream)).first;
                }
                streamName = known->second;
            }
            QString text = QString::fromStdString(*log);
            const bool last = text.endsWith(u'\n');
            if (last) {
                text.chop(1);
            }
            const auto pending = open.find(streamName);
            if (pending != open.end()) {
                records[pending->second].text += text;
                if (last) {
                    open.erase(pending);
                }
                return;
            }
            LogRecord r;
            r.time = time ? QString::fromStdString(*time) : QString();
            r.stream = streamName;
            r.text = std::move(text);
            r.sourceFile = name;
            r.line = number;
            records.push_back(std::move(r));
            if (!last) {
                open.emplace(streamName, records.size() - 1);
            }
        });
    }
    for (const auto &[stream, index] : open) {
        const LogRecord &r = records[index];
        diag.info(QT_TRANSLATE_NOOP("Diagnostic", "%1: the message that starts on line %2 has no "
                                                  "line end (the log ends inside a message Docker "
                                                  "split, or the process wrote no final newline)"),
                  {r.sourceFile, QString::number(r.line)}, r.sourceFile);
    }
    return records;
}

std::vector<LogRecord> LogReader::readTimestampedText(const QByteArray &text, const QString &source,
                                                      DiagnosticSink &diag)
{
    Q_UNUSED(diag);
    std::vector<LogRecord> records;
    forEachLine(text, [&](QByteArrayView line, qint64 number, qint64, bool terminated) {
        if (!terminated && line.isEmpty()) {
            return;
        }
        LogRecord r;
        r.sourceFile = source;
        r.line = number;
        const qsizetype n = timestampLength(line);
        if (n > 0) {
            r.time = QString::fromLatin1(line.first(n));
            const qsizetype from = std::min(n + 1, line.size());
            r.text = QString::fromUtf8(line.sliced(from));
        } else {
            r.text = QString::fromUtf8(line);
        }
        records.push_back(std::move(r));
    });
    return records;
}

} // namespace dockscope
