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

// An ELF program under a name that promises text, an image or a script (FC-10).
bool elfUnderOtherName(std::string_view path)
{
    static const QRegularExpression disguise(QStringLiteral(
        "\\.(txt|log|conf|cfg|ini|json|xml|html?|css|js|php|jpe?g|png|gif|ico|svg|pdf|md)$"));
    const std::string_view name = baseName(path);
    return disguise.match(QString::fromUtf8(name.data(), qsizetype(name.size()))).hasMatch();
}

} // namespace

ContentRules::ContentRules(std::shared_ptr<const YaraRules> bundled, std::shared_ptr<const YaraRules> examiner,
                           std::shared_ptr<const SecretRules> secrets, qint64 maxBytes)
    : m_secrets(std::move(secrets))
    , m_maxBytes(maxBytes)
{
    std::vector<QByteArray> keywords;
    if (m_secrets) {
        keywords = m_secrets->keywords();
    }
    auto add = [&](std::shared_ptr<const YaraRules> rules, bool anyFile) {
        if (!rules || rules->ruleCount() == 0) {
            return;
        }
        YaraSet set{rules, rules->gate().complete(), keywords.size(), keywords.size(), anyFile};
        if (set.gated) {
            const std::vector<QByteArray> literals = rules->gate().keywords();
            keywords.insert(keywords.end(), literals.begin(), literals.end());
            set.end = keywords.size();
        }
        m_yara.push_back(std::move(set));
    };
    add(std::move(bundled), false);
    add(std::move(examiner), true);
    m_keywords = KeywordSet(keywords);
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
    // What the expression below needs, tested without it: it is asked about every text file.
    const bool maybe = path.substr(0, 4) == "etc/" || path.substr(0, 4) == "var/" || path.substr(0, 5) == "root/"
        || path.substr(0, 5) == "home/" || path.find(".log") != std::string_view::npos
        || path.find("/log") != std::string_view::npos;
    if (!maybe) {
        return false;
    }
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
    // FC-10's checks that need no text: they look at the ELF header and the name.
    auto elfHit = [&](const char *detail, const char *title, Severity severity, const QString &snippet) {
        ContentHit h;
        h.entry = index;
        h.rule = QStringLiteral("FC-10");
        h.detail = QLatin1String(detail);
        h.title = QLatin1String(title);
        h.severity = severity;
        h.snippet = snippet;
        hits.push_back(std::move(h));
    };
    if (kind == FileKind::Elf && (elf & ElfStatic) && (elf & ElfStripped) && !(elf & ElfUpx)
        && inWritablePlace(path)) {
        elfHit("static-stripped-elf", "statically linked, stripped ELF in a writable place", Severity::Medium,
               QStringLiteral("ELF, statically linked, no symbol table"));
    }
    if (kind == FileKind::Elf && elfUnderOtherName(path)) {
        const std::string_view name = baseName(path);
        elfHit("elf-under-other-name", "ELF program under a text, image or script name", Severity::High,
               QStringLiteral("ELF header under the name %1").arg(QString::fromUtf8(name.data(), qsizetype(name.size()))));
    }
    const bool textual = kind == FileKind::Script || kind == FileKind::Php || kind == FileKind::Text;
    // Trivy's allow-list (vendored code, documentation, test data) applies to image layers
    // only; what a container wrote is scanned whatever its path.
    QString qpath;
    bool secrets = m_secrets && textual && qint64(length) <= MaxSecretScanBytes && length >= 10;
    if (secrets) {
        qpath = QString::fromStdString(entry.path);
        secrets = !(role == LayerRole::Image && m_secrets->allowedInImage(qpath));
    }
    const bool yaraCandidate = textual || kind == FileKind::Elf;
    bool keywordPass = secrets;
    for (const YaraSet &set : m_yara) {
        keywordPass = keywordPass || (set.gated && (yaraCandidate || set.anyFile));
    }
    const std::vector<bool> present = keywordPass ? m_keywords.find(data, length) : std::vector<bool>();
    YaraExternals x;
    x.filepath = entry.path;
    x.filename = std::string(baseName(path));
    x.filetype = fileKindName(kind);
    for (const YaraSet &set : m_yara) {
        if (!yaraCandidate && !set.anyFile) {
            continue;
        }
        for (YaraMatch &m : scanYara(set, present, data, length, x)) {
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
    if (secrets) {
        const QByteArray text = QByteArray::fromRawData(data, qsizetype(length));
        for (SecretHit &s : m_secrets->scan(text, qpath, present)) {
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

std::vector<YaraMatch> ContentRules::scanYara(const YaraSet &set, const std::vector<bool> &present, const char *data,
                                              std::size_t length, const YaraExternals &x) const
{
    if (set.gated && std::none_of(present.begin() + std::ptrdiff_t(set.first), present.begin() + std::ptrdiff_t(set.end),
                                  [](bool found) { return found; })) {
        return {}; // not one literal that any of its rules needs
    }
    return set.rules->scan(data, length, x);
}

std::vector<YaraMatch> ContentRules::matchText(const QString &text) const
{
    std::vector<YaraMatch> out;
    const QByteArray bytes = text.toUtf8();
    YaraExternals x;
    x.filetype = "text";
    x.textInput = true;
    for (const YaraSet &set : m_yara) {
        for (YaraMatch &m : set.rules->scan(bytes.constData(), std::size_t(bytes.size()), x)) {
            out.push_back(std::move(m));
        }
    }
    return out;
}

} // namespace dockscope
