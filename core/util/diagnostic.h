#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace dockscope {

// A problem found in the evidence, as a value. The text is an untranslated English template
// (marked with QT_TRANSLATE_NOOP("Diagnostic", ...)) with %1.. placeholders; it is turned into a
// sentence for the examiner only at the edge (message() for JSON, translatedMessage() for views).
struct Diagnostic
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    QString evidence;  // the evidence path as the examiner gave it
    QString where;     // pointer inside it: "<member>", "<member>: <entry>", "index.json", …
    qint64 offset = -1; // byte offset of the named place (see where), -1 when not meaningful
    const char *text = "";
    QStringList args;

    QString message() const;
    QString translatedMessage() const;
    // "evidence: where (offset N): message" for logs and the CLI's stderr.
    QString toString() const;

    static QString severityName(Severity s);
};

using Diagnostics = std::vector<Diagnostic>;

// Builds diagnostics for one evidence item and one place inside it.
class DiagnosticSink
{
public:
    DiagnosticSink() = default;
    explicit DiagnosticSink(QString evidence, QString where = {})
        : m_evidence(std::move(evidence))
        , m_where(std::move(where))
    {
    }

    void setWhere(QString where) { m_where = std::move(where); }
    const QString &evidence() const { return m_evidence; }
    const QString &where() const { return m_where; }

    void add(Diagnostic::Severity severity, const QString &detail, qint64 offset, const char *text,
             QStringList args = {});
    void info(const char *text, QStringList args = {}, const QString &detail = {}, qint64 offset = -1)
    {
        add(Diagnostic::Severity::Info, detail, offset, text, std::move(args));
    }
    void warning(const char *text, QStringList args = {}, const QString &detail = {},
                 qint64 offset = -1)
    {
        add(Diagnostic::Severity::Warning, detail, offset, text, std::move(args));
    }
    void error(const char *text, QStringList args = {}, const QString &detail = {}, qint64 offset = -1)
    {
        add(Diagnostic::Severity::Error, detail, offset, text, std::move(args));
    }

    Diagnostics &items() { return m_items; }
    const Diagnostics &items() const { return m_items; }
    Diagnostics take() { return std::exchange(m_items, {}); }
    bool hasErrors() const;

private:
    QString m_evidence;
    QString m_where;
    Diagnostics m_items;
};

void append(Diagnostics &to, const Diagnostics &from);

} // namespace dockscope
