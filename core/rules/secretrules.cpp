#include "secretrules.h"

#include "evidence/jsonhelpers.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace dockscope {

namespace {

QRegularExpression compiled(const QString &pattern, QString *error)
{
    QRegularExpression re(pattern);
    if (!re.isValid() && error && error->isEmpty()) {
        *error = QCoreApplication::translate("Diagnostic", "invalid regular expression %1: %2")
                     .arg(pattern, re.errorString());
    }
    re.optimize();
    return re;
}

} // namespace

SecretRules SecretRules::parse(const QByteArray &bytes, QString *error)
{
    SecretRules out;
    const json::Json j = json::parse(bytes);
    const auto rules = j.is_object() ? j.find("rules") : j.end();
    if (rules == j.end() || !rules->is_array()) {
        if (error) {
            *error = QCoreApplication::translate("Diagnostic", "the secret rules are not a JSON "
                                                               "object with a \"rules\" list");
        }
        return out;
    }
    // One expression for the whole allow-list: it is asked about every file of an image.
    QStringList allow;
    for (const QString &p : json::strings(j, "imageAllow")) {
        if (compiled(p, error).isValid()) {
            allow << QStringLiteral("(?:%1)").arg(p);
        }
    }
    if (!allow.isEmpty()) {
        out.m_imageAllow = compiled(allow.join(u'|'), error);
    }
    std::vector<QByteArray> keywords;
    for (const json::Json &r : *rules) {
        Rule rule;
        rule.id = json::string(r, "id");
        rule.title = json::string(r, "title");
        rule.severity = severityFromName(json::string(r, "severity"), Severity::High);
        for (const QString &k : json::strings(r, "keywords")) {
            const QByteArray word = k.toUtf8();
            auto known = std::find(keywords.begin(), keywords.end(), word);
            if (known == keywords.end()) {
                known = keywords.insert(keywords.end(), word);
            }
            rule.keywords.push_back(std::uint32_t(known - keywords.begin()));
        }
        rule.regex = compiled(json::string(r, "regex"), error);
        for (const QString &p : json::strings(r, "paths")) {
            rule.paths.push_back(compiled(p, error));
        }
        if (!rule.id.isEmpty() && rule.regex.isValid()) {
            out.m_rules.push_back(std::move(rule));
        }
    }
    out.m_keywords = KeywordSet(keywords);
    out.m_keywordList = std::move(keywords);
    return out;
}

bool SecretRules::allowedInImage(const QString &path) const
{
    return !m_imageAllow.pattern().isEmpty() && m_imageAllow.match(path).hasMatch();
}

QString SecretRules::mask(const QString &secret)
{
    const int keep = secret.size() > 8 ? 4 : std::min<int>(2, int(secret.size()) / 2);
    return secret.left(keep) + QString(secret.size() - keep, u'*');
}

std::vector<SecretHit> SecretRules::scan(const QByteArray &text, const QString &path, bool imageLayer) const
{
    if (text.size() < 10 || (imageLayer && !path.isEmpty() && allowedInImage(path))) {
        return {};
    }
    return scan(text, path, m_keywords.find(text.constData(), std::size_t(text.size())));
}

std::vector<SecretHit> SecretRules::scan(const QByteArray &text, const QString &path,
                                         const std::vector<bool> &present) const
{
    std::vector<SecretHit> hits;
    std::vector<std::pair<qsizetype, qsizetype>> spans; // of each hit in the decoded text
    if (text.size() < 10) {
        return hits;
    }
    QString decoded;
    bool haveDecoded = false;
    for (const Rule &rule : m_rules) {
        if (!rule.keywords.empty()
            && std::none_of(rule.keywords.begin(), rule.keywords.end(),
                            [&](std::uint32_t k) { return present[k]; })) {
            continue;
        }
        if (!rule.paths.empty()
            && std::none_of(rule.paths.begin(), rule.paths.end(),
                            [&](const QRegularExpression &re) { return re.match(path).hasMatch(); })) {
            continue;
        }
        if (!haveDecoded) {
            decoded = QString::fromUtf8(text);
            haveDecoded = true;
        }
        for (auto it = rule.regex.globalMatch(decoded); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype start = m.capturedStart(u"secret") >= 0 ? m.capturedStart(u"secret") : m.capturedStart();
            const QString secret = m.capturedStart(u"secret") >= 0 ? m.captured(u"secret") : m.captured();
            // "example" values are documentation, as Trivy's allow rule says.
            if (secret.contains(u"example", Qt::CaseInsensitive)) {
                continue;
            }
            SecretHit h;
            h.rule = rule.id;
            h.title = rule.title;
            h.severity = rule.severity;
            hits.push_back(std::move(h));
            spans.emplace_back(start, secret.size());
        }
    }
    if (hits.empty()) {
        return hits;
    }
    // Every secret of the text masked in one copy (masks keep the length), so that a line with
    // two secrets shows neither.
    QString masked = decoded;
    for (const auto &[start, length] : spans) {
        masked.replace(start, length, mask(decoded.mid(start, length)));
    }
    for (std::size_t i = 0; i < hits.size(); ++i) {
        SecretHit &h = hits[i];
        const qsizetype start = spans[i].first;
        h.offset = decoded.left(start).toUtf8().size();
        h.line = decoded.left(start).count(u'\n') + 1;
        const qsizetype lineStart = decoded.lastIndexOf(u'\n', start > 0 ? start - 1 : 0) + 1;
        qsizetype lineEnd = decoded.indexOf(u'\n', start);
        if (lineEnd < 0) {
            lineEnd = decoded.size();
        }
        h.masked = masked.mid(lineStart, lineEnd - lineStart).trimmed().left(200);
    }
    // One hit per place: the most specific rule (first in the file) wins at an offset.
    std::stable_sort(hits.begin(), hits.end(), [](const SecretHit &a, const SecretHit &b) { return a.offset < b.offset; });
    std::vector<SecretHit> unique;
    for (SecretHit &h : hits) {
        const bool dup = std::any_of(unique.begin(), unique.end(), [&](const SecretHit &u) {
            return u.offset == h.offset;
        });
        if (!dup) {
            unique.push_back(std::move(h));
        }
    }
    return unique;
}

} // namespace dockscope
