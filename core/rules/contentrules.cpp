#include "contentrules.h"

#include "archive/filekind.h"
#include "util/membername.h"

#include <QRegularExpression>

#include <algorithm>

namespace dockscope {

namespace {

constexpr qint64 MaxSecretScanBytes = qint64(2) << 20;

// Printable form of matched bytes for the evidence snippet.
QString printable(const QByteArray &bytes)
{
    QString out = QString::fromUtf8(bytes);
    for (QChar &c : out) {
        if (c.unicode() < 0x20 && c != u'\t') {
            c = u'.';
        }
    }
    return out.simplified().left(200);
}

qint64 lineAt(const char *data, std::size_t length, qint64 offset)
{
    if (offset < 0 || std::size_t(offset) > length) {
        return -1;
    }
    return qint64(std::count(data, data + offset, '\n')) + 1;
}

// Writable places where a static, stripped program has no business (FC-10).
bool inWritablePlace(std::string_view path)
{
    for (std::string_view prefix : {"tmp/", "var/tmp/", "dev/shm/", "run/", "var/run/", "root/"}) {
        if (path.substr(0, prefix.size()) == prefix) {
            return true;
        }
    }
    return path.find("/.") != std::string_view::npos || path.substr(0, 1) == ".";
}

} // namespace

ContentRules::ContentRules(std::shared_ptr<const YaraRules> yara, std::shared_ptr<const SecretRules> secrets,
                           qint64 maxBytes, bool scanAllFiles)
    : m_yara(std::move(yara))
    , m_secrets(std::move(secrets))
    , m_maxBytes(maxBytes)
    , m_scanAllFiles(scanAllFiles)
{
}

QString ContentRules::ruleIdOf(const YaraMatch &m)
{
    static const QRegularExpression catalogueId(QStringLiteral("^(FC|FS|LOG|IMG|RT)-\\d\\d$"));
    if (catalogueId.match(m.id).hasMatch()) {
        return m.id;
    }
    const QString words = (m.tags.join(u' ') + u' ' + m.rule).toLower();
    static const std::pair<const char *, const char *> families[] = {
        {"webshell", "FC-03"}, {"miner", "FC-02"}, {"xmrig", "FC-02"}, {"coin", "FC-02"},
        {"reverse", "FC-01"}, {"revshell", "FC-01"}, {"rootkit", "FC-09"}, {"prochide", "FC-09"},
        {"escape", "FC-04"}, {"upx", "FC-10"}, {"packed", "FC-10"}, {"dropper", "FC-05"},
        {"downloader", "FC-05"}, {"hacktool", "FC-08"},
    };
    for (const auto &[word, id] : families) {
        if (words.contains(QLatin1String(word))) {
            return QLatin1String(id);
        }
    }
    return QStringLiteral("YARA");
}

bool ContentRules::keepsWhole(std::string_view path)
{
    static const QRegularExpression kept(QStringLiteral(
        "^(etc/(passwd|shadow|group|sudoers|hosts|resolv\\.conf|ld\\.so\\.preload|crontab|anacrontab|profile|bash\\.bashrc|rc\\.local)"
        "|etc/(cron\\.[a-z]+|sudoers\\.d|profile\\.d|init\\.d)/[^/]+|var/spool/cron/.+|var/log/.+"
        "|(root|home/[^/]+)/\\.[a-z_]*(history|rc|profile)|.+\\.log(\\.[0-9]+)?|.*/logs?/[^/]+)$"));
    return kept.match(QString::fromUtf8(path.data(), qsizetype(path.size()))).hasMatch();
}

void ContentRules::inspect(std::uint32_t index, LayerEntry &entry, const char *data, std::size_t length,
                           bool complete, LayerRole role, ContentResults &results) const
{
    std::vector<ContentHit> &hits = results.hits;
    std::uint8_t elf = 0;
    const FileKind kind = classifyContent(data, length, &elf);
    entry.fileKind = std::uint8_t(kind);
    entry.elfFlags = elf;
    if (!complete) {
        return; // larger than the content-scan limit: classified only
    }
    const std::string_view path = entry.path;
    if (qint64(length) <= MaxKeptBytes && (kind == FileKind::Text || kind == FileKind::Script) && keepsWhole(path)) {
        results.kept.push_back({index, QByteArray(data, qsizetype(length))});
    }
    if (kind == FileKind::Elf && (elf & ElfStatic) && (elf & ElfStripped) && !(elf & ElfUpx)
        && inWritablePlace(path)) {
        ContentHit h;
        h.entry = index;
        h.rule = QStringLiteral("FC-10");
        h.detail = QStringLiteral("static-stripped-elf");
        h.title = QStringLiteral("statically linked, stripped ELF in a writable place");
        h.severity = Severity::Medium;
        h.snippet = QStringLiteral("ELF, statically linked, no symbol table");
        hits.push_back(std::move(h));
    }
    const bool textual = kind == FileKind::Script || kind == FileKind::Php || kind == FileKind::Text;
    if (m_yara && (textual || kind == FileKind::Elf || m_scanAllFiles)) {
        YaraExternals x;
        x.filepath = entry.path;
        x.filename = std::string(baseName(path));
        x.filetype = fileKindName(kind);
        for (YaraMatch &m : m_yara->scan(data, length, x)) {
            ContentHit h;
            h.entry = index;
            h.rule = ruleIdOf(m);
            h.detail = m.rule;
            h.source = m.source;
            h.title = m.title;
            h.author = m.author;
            h.severityFromRule = !m.severity.isEmpty();
            h.severity = severityFromName(m.severity, Severity::High);
            h.offset = m.offset;
            h.line = textual ? lineAt(data, length, m.offset) : -1;
            h.snippet = printable(m.matched);
            hits.push_back(std::move(h));
        }
    }
    if (m_secrets && textual && qint64(length) <= MaxSecretScanBytes) {
        // Trivy's allow-list (vendored code, documentation, test data) applies to image layers
        // only; what a container wrote is scanned whatever its path.
        const QByteArray text = QByteArray::fromRawData(data, qsizetype(length));
        for (SecretHit &s : m_secrets->scan(text, QString::fromStdString(entry.path), role == LayerRole::Image)) {
            ContentHit h;
            h.entry = index;
            h.rule = QStringLiteral("FC-07");
            h.detail = s.rule;
            h.title = s.title;
            h.severity = s.severity;
            h.severityFromRule = true;
            h.offset = s.offset;
            h.line = s.line;
            h.snippet = s.masked;
            hits.push_back(std::move(h));
        }
    }
}

std::vector<YaraMatch> ContentRules::matchText(const QString &text) const
{
    if (!m_yara) {
        return {};
    }
    const QByteArray bytes = text.toUtf8();
    YaraExternals x;
    x.filetype = "text";
    x.textInput = true;
    return m_yara->scan(bytes.constData(), std::size_t(bytes.size()), x);
}

} // namespace dockscope
