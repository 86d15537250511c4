#include "cicommand.h"

#include "analysis/analyzer.h"
#include "analysis/cirules.h"
#include "clioptions.h"
#include "util/format.h"
#include "util/membername.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace dockscope::cli {

int runCi(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Evaluate dive's CI rules (efficiency, wasted bytes, user wasted percent) on images."));
    parser.addHelpOption();
    const QCommandLineOption config(QStringLiteral("ci-config"),
                                    QCoreApplication::translate("cli", "dive CI configuration (default: .dive-ci when present)."),
                                    QCoreApplication::translate("cli", "FILE"));
    const QCommandLineOption lowest(QStringLiteral("lowest-efficiency"),
                                    QCoreApplication::translate("cli", "Fail when efficiency is below this ratio (default 0.9)."),
                                    QCoreApplication::translate("cli", "RATIO"));
    const QCommandLineOption wasted(QStringLiteral("highest-wasted-bytes"),
                                    QCoreApplication::translate("cli", "Fail when wasted bytes exceed this size, e.g. 20MB "
                                       "(default disabled)."),
                                    QCoreApplication::translate("cli", "SIZE"));
    const QCommandLineOption userWasted(QStringLiteral("highest-user-wasted-percent"),
                                        QCoreApplication::translate("cli", "Fail when wasted bytes exceed this ratio of the bytes "
                                           "added above the base layer (default 0.1)."),
                                        QCoreApplication::translate("cli", "RATIO"));
    const QCommandLineOption platform(QStringLiteral("platform"), QCoreApplication::translate("cli", "Platform to analyse."),
                                      QCoreApplication::translate("cli", "PLATFORM"));
    parser.addOptions({config, lowest, wasted, userWasted, platform});
    parser.addPositionalArgument(QCoreApplication::translate("cli", "EVIDENCE"), QCoreApplication::translate("cli", "Image archive or OCI layout."),
                                 QCoreApplication::translate("cli", "EVIDENCE..."));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().isEmpty()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli ci: no evidence given") << Qt::endl;
        return ExitUsage;
    }

    CiRules rules;
    QString configPath = parser.value(config);
    if (configPath.isEmpty() && QFile::exists(QStringLiteral(".dive-ci"))) {
        configPath = QStringLiteral(".dive-ci");
    }
    if (!configPath.isEmpty()) {
        QFile file(configPath);
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !rules.loadDiveCi(file.readAll(), &error)) {
            err() << QCoreApplication::translate("cli", "dockscope-cli ci: cannot read %1: %2")
                         .arg(configPath, error.isEmpty() ? file.errorString() : error)
                  << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(lowest)) {
        rules.lowestEfficiency = parser.value(lowest);
    }
    if (parser.isSet(wasted)) {
        rules.highestWastedBytes = parser.value(wasted);
    }
    if (parser.isSet(userWasted)) {
        rules.highestUserWastedPercent = parser.value(userWasted);
    }

    AnalyzeOptions options;
    options.platform = parser.value(platform);
    const Analysis analysis = Analyzer::run(parser.positionalArguments(), options);
    for (const Diagnostic &d : analysis.diagnostics) {
        if (d.severity != Diagnostic::Severity::Info) {
            err() << d.toString() << Qt::endl;
        }
    }
    if (analysis.images.empty()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli ci: no image could be read") << Qt::endl;
        return ExitNoEvidence;
    }

    bool allPassed = true;
    for (const Image &image : analysis.images) {
        const Efficiency &e = image.efficiency;
        out() << QCoreApplication::translate("cli", "Image: %1 (%2)")
                     .arg(image.repoTags.isEmpty() ? image.evidence : image.repoTags.join(u','),
                          image.id.isEmpty() ? QCoreApplication::translate("cli", "no config") : image.id)
              << Qt::endl;
        out() << QStringLiteral("  efficiency: %1 %\n").arg(e.score * 100.0, 0, 'f', 4);
        out() << QStringLiteral("  wastedBytes: %1 bytes (%2)\n").arg(e.wastedBytes).arg(humanBytes(e.wastedBytes));
        out() << QStringLiteral("  userWastedPercent: %1\n")
                     .arg(e.userWastedPercent
                              ? QStringLiteral("%1 %").arg(*e.userWastedPercent * 100.0, 0, 'f', 4)
                              : QStringLiteral("NaN %"));
        out() << QCoreApplication::translate("cli", "Inefficient Files:") << Qt::endl;
        out() << QStringLiteral("Count  Wasted Space  File Path\n");
        for (const InefficientFile &f : e.inefficientFiles) {
            out() << QStringLiteral("%1  %2  %3\n")
                         .arg(f.count, 5)
                         .arg(humanBytes(f.sizeBytes), 12)
                         .arg(displayName(f.path));
        }
        const auto results = CiEvaluator::evaluate(e, rules);
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        out() << QCoreApplication::translate("cli", "Results:") << Qt::endl;
        for (const CiRuleResult &r : results) {
            out() << QStringLiteral("  %1: %2").arg(CiRuleResult::statusName(r.status), r.name);
            if (!r.message.isEmpty()) {
                out() << QStringLiteral(": ") << r.message;
            }
            out() << Qt::endl;
            switch (r.status) {
            case CiRuleResult::Status::Pass:
                ++passed;
                break;
            case CiRuleResult::Status::Skip:
                ++skipped;
                break;
            case CiRuleResult::Status::Fail:
            case CiRuleResult::Status::Misconfigured:
                ++failed;
                break;
            }
        }
        const bool ok = CiEvaluator::passed(results);
        allPassed = allPassed && ok;
        out() << QStringLiteral("Result:%1 [Total:%2] [Passed:%3] [Failed:%4] [Warn:0] [Skipped:%5]\n\n")
                     .arg(ok ? QStringLiteral("PASS") : QStringLiteral("FAIL"))
                     .arg(results.size())
                     .arg(passed)
                     .arg(failed)
                     .arg(skipped);
    }
    out().flush();
    return allPassed ? ExitOk : ExitWarnings;
}

} // namespace dockscope::cli
