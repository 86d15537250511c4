#include "cvss.h"

#include <QHash>
#include <QStringList>

#include <cmath>

namespace dockscope {

namespace {

// CVSS v3.1 Appendix A Roundup: the smallest number, to one decimal, >= the input, without
// floating-point surprises.
double roundUp31(double value)
{
    const qint64 scaled = std::llround(value * 100000.0);
    if (scaled % 10000 == 0) {
        return double(scaled) / 100000.0;
    }
    return double(scaled / 10000 + 1) / 10.0;
}

double roundUp30(double value) { return std::ceil(value * 10.0) / 10.0; }

} // namespace

std::optional<double> Cvss::baseScore(const QString &vector)
{
    const QStringList parts = vector.trimmed().split(u'/');
    if (parts.isEmpty() || !(parts.front() == u"CVSS:3.1" || parts.front() == u"CVSS:3.0")) {
        return std::nullopt;
    }
    const bool v30 = parts.front() == u"CVSS:3.0";
    QHash<QString, QString> m;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString key = parts[i].section(u':', 0, 0);
        const QString value = parts[i].section(u':', 1);
        if (key.isEmpty() || value.isEmpty() || m.contains(key)) {
            return std::nullopt;
        }
        m.insert(key, value);
    }
    const QString scope = m.value(QStringLiteral("S"));
    if (scope != u"U" && scope != u"C") {
        return std::nullopt;
    }
    const bool changed = scope == u"C";
    auto pick = [&](const char *metric, std::initializer_list<std::pair<const char *, double>> table)
        -> std::optional<double> {
        const QString v = m.value(QString::fromLatin1(metric));
        for (const auto &[name, weight] : table) {
            if (v == QLatin1StringView(name)) {
                return weight;
            }
        }
        return std::nullopt;
    };
    const auto av = pick("AV", {{"N", 0.85}, {"A", 0.62}, {"L", 0.55}, {"P", 0.2}});
    const auto ac = pick("AC", {{"L", 0.77}, {"H", 0.44}});
    const auto pr = changed ? pick("PR", {{"N", 0.85}, {"L", 0.68}, {"H", 0.5}})
                            : pick("PR", {{"N", 0.85}, {"L", 0.62}, {"H", 0.27}});
    const auto ui = pick("UI", {{"N", 0.85}, {"R", 0.62}});
    const auto c = pick("C", {{"H", 0.56}, {"L", 0.22}, {"N", 0.0}});
    const auto i = pick("I", {{"H", 0.56}, {"L", 0.22}, {"N", 0.0}});
    const auto a = pick("A", {{"H", 0.56}, {"L", 0.22}, {"N", 0.0}});
    if (!av || !ac || !pr || !ui || !c || !i || !a) {
        return std::nullopt;
    }
    const double iss = 1.0 - (1.0 - *c) * (1.0 - *i) * (1.0 - *a);
    const double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * std::pow(iss - 0.02, 15)
                                  : 6.42 * iss;
    const double exploitability = 8.22 * *av * *ac * *pr * *ui;
    if (impact <= 0) {
        return 0.0;
    }
    const double raw = changed ? std::min(1.08 * (impact + exploitability), 10.0)
                               : std::min(impact + exploitability, 10.0);
    return v30 ? roundUp30(raw) : roundUp31(raw);
}

QString Cvss::rating(double score)
{
    if (score >= 9.0) {
        return QStringLiteral("critical");
    }
    if (score >= 7.0) {
        return QStringLiteral("high");
    }
    if (score >= 4.0) {
        return QStringLiteral("medium");
    }
    if (score > 0.0) {
        return QStringLiteral("low");
    }
    return QStringLiteral("none");
}

} // namespace dockscope
