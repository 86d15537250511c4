#include "cirules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace dockscope {

namespace {

QString number(double v)
{
    // Go's %v for a float64: the shortest text that reads back as the same value.
    for (int precision = 1; precision <= 17; ++precision) {
        const QString s = QString::number(v, 'g', precision);
        if (s.toDouble() == v) {
            return s;
        }
    }
    return QString::number(v, 'g', 17);
}

std::optional<double> parseRatio(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

std::optional<qint64> parseHumanBytes(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([0-9]*\\.?[0-9]+)\\s*([a-zA-Z]*)\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    static const QList<QPair<QString, double>> units = {
        {QString(), 1},
        {QStringLiteral("b"), 1},
        {QStringLiteral("k"), 1e3},
        {QStringLiteral("kb"), 1e3},
        {QStringLiteral("ki"), 1024.0},
        {QStringLiteral("kib"), 1024.0},
        {QStringLiteral("m"), 1e6},
        {QStringLiteral("mb"), 1e6},
        {QStringLiteral("mi"), 1048576.0},
        {QStringLiteral("mib"), 1048576.0},
        {QStringLiteral("g"), 1e9},
        {QStringLiteral("gb"), 1e9},
        {QStringLiteral("gi"), 1073741824.0},
        {QStringLiteral("gib"), 1073741824.0},
        {QStringLiteral("t"), 1e12},
        {QStringLiteral("tb"), 1e12},
        {QStringLiteral("ti"), 1099511627776.0},
        {QStringLiteral("tib"), 1099511627776.0},
        {QStringLiteral("p"), 1e15},
        {QStringLiteral("pb"), 1e15},
        {QStringLiteral("pi"), 1125899906842624.0},
        {QStringLiteral("pib"), 1125899906842624.0},
    };
    for (const auto &[name, factor] : units) {
        if (unit == name) {
            const double bytes = value * factor;
            if (bytes >= 9.2e18) {
                return std::nullopt;
            }
            return qint64(bytes);
        }
    }
    return std::nullopt;
}

bool CiRules::loadDiveCi(const QByteArray &yaml, QString *error)
{
    bool inRules = false;
    const QList<QByteArray> lines = yaml.split('\n');
    for (QByteArray line : lines) {
        const qsizetype hash = line.indexOf('#');
        if (hash >= 0) {
            line.truncate(hash);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const bool indented = line.startsWith(' ') || line.startsWith('\t');
        const QByteArray t = line.trimmed();
        const qsizetype colon = t.indexOf(':');
        if (colon < 0) {
            if (error) {
                *error = QCoreApplication::translate("CiEvaluator", "line without a key: %1").arg(QString::fromUtf8(t));
            }
            return false;
        }
        const QString key = QString::fromUtf8(t.left(colon)).trimmed();
        QString value = QString::fromUtf8(t.mid(colon + 1)).trimmed();
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\''))
            && value.endsWith(value.front())) {
            value = value.mid(1, value.size() - 2);
        }
        if (!indented) {
            inRules = key == u"rules";
            continue;
        }
        if (!inRules) {
            continue;
        }
        if (key == u"lowestEfficiency") {
            lowestEfficiency = value;
        } else if (key == u"highestWastedBytes") {
            highestWastedBytes = value;
        } else if (key == u"highestUserWastedPercent") {
            highestUserWastedPercent = value;
        }
    }
    return true;
}

QString CiRuleResult::statusName(Status s)
{
    switch (s) {
    case Status::Pass:
        return QStringLiteral("PASS");
    case Status::Fail:
        return QStringLiteral("FAIL");
    case Status::Skip:
        return QStringLiteral("SKIP");
    case Status::Misconfigured:
        return QStringLiteral("MISCONFIGURED");
    }
    return {};
}

std::vector<CiRuleResult> CiEvaluator::evaluate(const Efficiency &e, const CiRules &rules)
{
    using S = CiRuleResult::Status;
    std::vector<CiRuleResult> out;
    auto disabled = [](const QString &v) { return v.trimmed().compare(u"disabled", Qt::CaseInsensitive) == 0; };

    // highestUserWastedPercent
    {
        CiRuleResult r{QStringLiteral("highestUserWastedPercent"), S::Pass, {}};
        const auto threshold = parseRatio(rules.highestUserWastedPercent);
        if (disabled(rules.highestUserWastedPercent)) {
            r.status = S::Skip;
            r.message = QCoreApplication::translate("CiEvaluator", "rule disabled");
        } else if (!threshold) {
            r.status = S::Misconfigured;
            r.message = QCoreApplication::translate("CiEvaluator", "invalid config value ('%1')").arg(rules.highestUserWastedPercent);
        } else if (e.userWastedPercent && *threshold < *e.userWastedPercent) {
            r.status = S::Fail;
            r.message = QCoreApplication::translate("CiEvaluator", "too many bytes wasted, relative to the user bytes added "
                             "(%-user-wasted-bytes=%1 > threshold=%2)")
                            .arg(number(*e.userWastedPercent), number(*threshold));
        }
        out.push_back(r);
    }
    // highestWastedBytes
    {
        CiRuleResult r{QStringLiteral("highestWastedBytes"), S::Pass, {}};
        const auto threshold = parseHumanBytes(rules.highestWastedBytes);
        if (disabled(rules.highestWastedBytes)) {
            r.status = S::Skip;
            r.message = QCoreApplication::translate("CiEvaluator", "rule disabled");
        } else if (!threshold) {
            r.status = S::Misconfigured;
            r.message = QCoreApplication::translate("CiEvaluator", "invalid config value ('%1')").arg(rules.highestWastedBytes);
        } else if (e.wastedBytes > *threshold) {
            r.status = S::Fail;
            r.message = QCoreApplication::translate("CiEvaluator", "too many bytes wasted (wasted-bytes=%1 > threshold=%2)")
                            .arg(e.wastedBytes)
                            .arg(*threshold);
        }
        out.push_back(r);
    }
    // lowestEfficiency
    {
        CiRuleResult r{QStringLiteral("lowestEfficiency"), S::Pass, {}};
        const auto threshold = parseRatio(rules.lowestEfficiency);
        if (disabled(rules.lowestEfficiency)) {
            r.status = S::Skip;
            r.message = QCoreApplication::translate("CiEvaluator", "rule disabled");
        } else if (!threshold) {
            r.status = S::Misconfigured;
            r.message = QCoreApplication::translate("CiEvaluator", "invalid config value ('%1')").arg(rules.lowestEfficiency);
        } else if (*threshold > e.score) {
            r.status = S::Fail;
            r.message = QCoreApplication::translate("CiEvaluator", "image efficiency is too low (efficiency=%1 < threshold=%2)")
                            .arg(number(e.score), number(*threshold));
        }
        out.push_back(r);
    }
    return out;
}

bool CiEvaluator::passed(const std::vector<CiRuleResult> &results)
{
    for (const CiRuleResult &r : results) {
        if (r.status == CiRuleResult::Status::Fail || r.status == CiRuleResult::Status::Misconfigured) {
            return false;
        }
    }
    return true;
}

} // namespace dockscope
