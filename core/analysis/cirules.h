#pragma once

#include "analysis/efficiency.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace dockscope {

// dive's CI rules with dive's semantics: values as strings ("disabled" skips a rule), strict
// comparisons, sizes in go-humanize's notation ("20MB" = 20 000 000, "20MiB" = 20 971 520).
struct CiRules
{
    QString lowestEfficiency = QStringLiteral("0.9");
    QString highestWastedBytes = QStringLiteral("disabled");
    QString highestUserWastedPercent = QStringLiteral("0.1");

    // Reads the `rules:` block of a .dive-ci YAML file; unknown keys are ignored like dive does.
    bool loadDiveCi(const QByteArray &yaml, QString *error);
};

struct CiRuleResult
{
    enum class Status { Pass, Fail, Skip, Misconfigured };
    QString name;
    Status status = Status::Pass;
    QString message;

    static QString statusName(Status s);
};

class CiEvaluator
{
public:
    // Results sorted by rule name, as dive prints them.
    static std::vector<CiRuleResult> evaluate(const Efficiency &efficiency, const CiRules &rules);
    static bool passed(const std::vector<CiRuleResult> &results);
};

// go-humanize ParseBytes: "42", "42 MB", "42mb", "42M", "1.5GiB"…
std::optional<qint64> parseHumanBytes(const QString &text);

} // namespace dockscope
