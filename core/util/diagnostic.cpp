#include "diagnostic.h"

#include <QCoreApplication>

namespace dockscope {

namespace {
QString substitute(QString text, const QStringList &args)
{
    // QString::arg() would re-scan substituted text for %n; replace in one pass instead.
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= args.size()) {
                out += args.at(n - 1);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}
} // namespace

QString Diagnostic::message() const
{
    return substitute(QString::fromUtf8(text), args);
}

QString Diagnostic::translatedMessage() const
{
    return substitute(QCoreApplication::translate("Diagnostic", text), args);
}

QString Diagnostic::toString() const
{
    QString s = evidence;
    if (!where.isEmpty()) {
        s += QStringLiteral(": ") + where;
    }
    if (offset >= 0) {
        s += QStringLiteral(" (offset %1)").arg(offset);
    }
    return s + QStringLiteral(": ") + message();
}

QString Diagnostic::severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

void DiagnosticSink::add(Diagnostic::Severity severity, const QString &detail, qint64 offset,
                         const char *text, QStringList args)
{
    Diagnostic d;
    d.severity = severity;
    d.evidence = m_evidence;
    if (m_where.isEmpty()) {
        d.where = detail;
    } else if (detail.isEmpty()) {
        d.where = m_where;
    } else {
        d.where = m_where + QStringLiteral(": ") + detail;
    }
    d.offset = offset;
    d.text = text;
    d.args = std::move(args);
    m_items.push_back(std::move(d));
}

bool DiagnosticSink::hasErrors() const
{
    for (const auto &d : m_items) {
        if (d.severity == Diagnostic::Severity::Error) {
            return true;
        }
    }
    return false;
}

void append(Diagnostics &to, const Diagnostics &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

} // namespace dockscope
