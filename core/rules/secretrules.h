#pragma once

#include "model/finding.h"
#include "rules/keywordset.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <cstdint>
#include <vector>

namespace dockscope {

// A secret found in a text: which rule, where, and the line it is on with the secret masked.
struct SecretHit
{
    QString rule;    // secrets.json rule id, e.g. aws-access-key-id
    QString title;
    Severity severity = Severity::High;
    qint64 offset = 0; // byte offset of the match in the text
    qint64 line = 0;   // 1-based line
    QString masked;    // the line, the secret replaced by its first characters and '*'
};

// Trivy-style secret rules (resources/rules/secrets.json): a keyword prefilter, a regular
// expression whose group `secret` is the part to mask, optional path conditions, and the
// path allow-list that applies to image layers only.
class SecretRules
{
public:
    static SecretRules parse(const QByteArray &json, QString *error);

    // Every secret in `text` (UTF-8). `path` is the file's path without a leading '/', empty for
    // values that are not files; `imageLayer` applies the image-only allow-list.
    std::vector<SecretHit> scan(const QByteArray &text, const QString &path, bool imageLayer) const;
    // The same with the keywords already looked for and the allow-list already applied:
    // `present[i]` tells whether keywords()[i] occurs in the text (a caller's own pass over it
    // may look for more).
    std::vector<SecretHit> scan(const QByteArray &text, const QString &path, const std::vector<bool> &present) const;
    // Every rule's keywords, each once: the prefilter (ASCII case ignored).
    const std::vector<QByteArray> &keywords() const { return m_keywordList; }
    bool allowedInImage(const QString &path) const;
    std::size_t size() const { return m_rules.size(); }

    // "AKIADSDEMO7Q2XK4FAKE" → "AKIA****************".
    static QString mask(const QString &secret);

private:
    struct Rule
    {
        QString id;
        QString title;
        Severity severity = Severity::High;
        std::vector<std::uint32_t> keywords; // into m_keywords; none: always tried
        QRegularExpression regex;
        std::vector<QRegularExpression> paths;
    };
    std::vector<Rule> m_rules;
    QRegularExpression m_imageAllow; // every allow rule, as alternatives
    std::vector<QByteArray> m_keywordList;
    KeywordSet m_keywords; // every rule's keywords, found in one pass over the text
};

} // namespace dockscope
