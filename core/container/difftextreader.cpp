#include "difftextreader.h"

#include <QByteArrayView>

#include <algorithm>

namespace dockscope {

std::vector<Change> DiffTextReader::read(const QByteArray &text, const QString &source,
                                         DiagnosticSink &diag)
{
    QList<QByteArrayView> lines;
    for (qsizetype from = 0; from < text.size();) {
        qsizetype nl = text.indexOf('\n', from);
        if (nl < 0) {
            nl = text.size();
        }
        lines.append(QByteArrayView(text).sliced(from, nl - from));
        from = nl + 1;
    }
    const bool crlf = !lines.isEmpty() && std::all_of(lines.cbegin(), lines.cend(), [](QByteArrayView l) {
        return l.isEmpty() || l.endsWith('\r');
    }) && std::any_of(lines.cbegin(), lines.cend(), [](QByteArrayView l) { return !l.isEmpty(); });

    std::vector<Change> out;
    int bad = 0;
    qint64 offset = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArrayView line = lines.at(i);
        const qint64 lineOffset = offset;
        offset += line.size() + 1;
        if (crlf && line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            continue;
        }
        const char k = line.at(0);
        if (line.size() < 3 || (k != 'A' && k != 'C' && k != 'D') || line.at(1) != ' '
            || line.at(2) != '/') {
            if (++bad <= MaxLineDiagnostics) {
                diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "%1: line %2 is not a docker diff "
                                                             "line (A, C or D, a space and an "
                                                             "absolute path); skipped"),
                             {source, QString::number(i + 1)}, source, lineOffset);
            }
            continue;
        }
        Change c;
        c.kind = k == 'A' ? Change::Kind::Added : k == 'D' ? Change::Kind::Deleted
                                                           : Change::Kind::Changed;
        c.path = QString::fromUtf8(line.sliced(2));
        out.push_back(std::move(c));
    }
    if (bad > MaxLineDiagnostics) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "%1 more lines of %2 could not be read"),
                     {QString::number(bad - MaxLineDiagnostics), source}, source);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Change &a, const Change &b) { return a.path < b.path; });
    return out;
}

} // namespace dockscope
