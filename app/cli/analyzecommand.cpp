#include "analyzecommand.h"

#include "analysis/analyzer.h"
#include "clioptions.h"
#include "ruleoptions.h"
#include "report/analysisjson.h"
#include "report/textsummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <mutex>
#include <unistd.h>

namespace dockscope::cli {

int runAnalyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Analyse evidence (docker save archives, OCI layouts, docker export tarballs) and "
           "print a summary, or write the JSON document with --json."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("cli", "Write the JSON analysis to FILE (\"-\" for standard output)."),
                                  QCoreApplication::translate("cli", "FILE"));
    const QCommandLineOption files(QStringLiteral("files"),
                                   QCoreApplication::translate("cli", "Include the flattened file system of every image."));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      QCoreApplication::translate("cli", "Platform to analyse in multi-platform OCI indexes "
                                         "(os/arch[/variant]); default: the only one, else "
                                         "linux/amd64."),
                                      QCoreApplication::translate("cli", "PLATFORM"));
    const QCommandLineOption container(QStringLiteral("container"),
                                       QCoreApplication::translate("cli", "Only this container (a unique id prefix or its "
                                          "name) and its image."),
                                       QCoreApplication::translate("cli", "PREFIX"));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      QCoreApplication::translate("cli", "Show progress on standard error."));
    const QCommandLineOption verifyPackages(QStringLiteral("verify-package-files"),
                                            QCoreApplication::translate("cli", "Hash every file the package databases record a "
                                               "checksum for (default: only files a later layer or "
                                               "the container rewrote)."));
    parser.addOptions({json, files, platform, container, progress, verifyPackages});
    const RuleOptions ruleOptions;
    ruleOptions.addTo(parser);
    parser.addPositionalArgument(QCoreApplication::translate("cli", "EVIDENCE"),
                                 QCoreApplication::translate("cli", "Evidence files or folders; PATH:TAG picks one tag of an OCI "
                                    "layout."),
                                 QCoreApplication::translate("cli", "EVIDENCE..."));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList evidence = parser.positionalArguments();
    if (evidence.isEmpty()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli analyze: no evidence given") << Qt::endl;
        return ExitUsage;
    }

    JobControl control;
    std::mutex printing;
    QElapsedTimer timer;
    timer.start();
    qint64 lastPrint = -1000;
    if (parser.isSet(progress) || (isatty(STDERR_FILENO) && !parser.isSet(json))) {
        control.progress = [&](const Progress &p) {
            std::lock_guard lock(printing);
            if (timer.elapsed() - lastPrint < 200) {
                return;
            }
            lastPrint = timer.elapsed();
            const int percent = p.total > 0 ? int(100 * p.done / p.total) : 0;
            err() << QStringLiteral("\r%1% %2").arg(percent, 3).arg(p.text).leftJustified(70)
                  << Qt::flush;
        };
    }
    if (parser.isSet(container) && parser.value(container).isEmpty()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli analyze: an empty --container "
                                                    "prefix matches every container; give a unique "
                                                    "id prefix or a name")
              << Qt::endl;
        return ExitUsage;
    }
    AnalyzeOptions options;
    options.platform = parser.value(platform);
    options.container = parser.value(container);
    options.verifyAllPackageFiles = parser.isSet(verifyPackages);
    if (const auto error = ruleOptions.apply(parser, options)) {
        err() << QStringLiteral("dockscope-cli analyze: ") << *error << Qt::endl;
        return ExitUsage;
    }
    const Analysis analysis = Analyzer::run(evidence, options, &control);
    if (control.progress) {
        err() << QStringLiteral("\r").leftJustified(72) << QStringLiteral("\r") << Qt::flush;
    }

    QElapsedTimer writing;
    writing.start();
    if (parser.isSet(json)) {
        AnalysisJson::Options jsonOptions;
        jsonOptions.files = parser.isSet(files);
        if (!writeOutput(parser.value(json), AnalysisJson::write(analysis, jsonOptions))) {
            return ExitUsage;
        }
    } else {
        out() << TextSummary::write(analysis) << Qt::flush;
    }
    if (!analysis.anyEvidenceRead()) {
        return ExitNoEvidence;
    }
    return analysis.hasWarnings() ? ExitWarnings : ExitOk;
}

} // namespace dockscope::cli
