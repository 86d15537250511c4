#include "ruleoptions.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dockscope::cli {

RuleOptions::RuleOptions()
    : m_rules(QStringLiteral("rules"),
              QCoreApplication::translate("cli", "Also compile the YARA rules (*.yar, *.yara) of "
                                                 "DIR; may be given more than once."),
              QCoreApplication::translate("cli", "DIR"))
    , m_maxScanSize(QStringLiteral("max-scan-size"),
                    QCoreApplication::translate("cli", "Content rules look at files up to SIZE "
                                                       "(bytes, or with K, M, G); default 16M."),
                    QCoreApplication::translate("cli", "SIZE"))
    , m_noContentRules(QStringLiteral("no-content-rules"),
                       QCoreApplication::translate("cli", "Do not run content rules (YARA, "
                                                          "secrets); files are still hashed."))
    , m_vulnDb(QStringLiteral("vuln-db"),
               QCoreApplication::translate("cli", "Match the packages found against the OSV "
                                                  "vulnerability files (*.json) under DIR."),
               QCoreApplication::translate("cli", "DIR"))
{
}

void RuleOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_rules, m_maxScanSize, m_noContentRules, m_vulnDb});
}

qint64 RuleOptions::parseSize(const QString &text)
{
    QString t = text.trimmed().toUpper();
    if (t.endsWith(u'B')) {
        t.chop(1);
    }
    qint64 factor = 1;
    if (!t.isEmpty()) {
        const QChar unit = t.back();
        if (unit == u'K' || unit == u'M' || unit == u'G') {
            factor = unit == u'K' ? 1024 : unit == u'M' ? 1024 * 1024 : 1024 * 1024 * 1024;
            t.chop(1);
        }
    }
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (!ok || n < 0 || n > (qint64(1) << 50) / factor) {
        return -1;
    }
    return n * factor;
}

std::optional<QString> RuleOptions::apply(const QCommandLineParser &parser,
                                          AnalyzeOptions &options) const
{
    for (const QString &dir : parser.values(m_rules)) {
        if (!QFileInfo(dir).isDir()) {
            return QCoreApplication::translate("cli", "--rules %1: not a folder").arg(dir);
        }
        options.ruleDirs << dir;
    }
    if (parser.isSet(m_maxScanSize)) {
        const qint64 size = parseSize(parser.value(m_maxScanSize));
        if (size < 0) {
            return QCoreApplication::translate("cli", "--max-scan-size %1: not a size")
                .arg(parser.value(m_maxScanSize));
        }
        options.maxScanBytes = size;
    }
    options.contentRules = !parser.isSet(m_noContentRules);
    if (parser.isSet(m_vulnDb)) {
        const QString dir = parser.value(m_vulnDb);
        if (!QFileInfo(dir).isDir()) {
            return QCoreApplication::translate("cli", "--vuln-db %1: not a folder").arg(dir);
        }
        options.vulnDb = dir;
    }
    return std::nullopt;
}

} // namespace dockscope::cli
