#include "timelinecommand.h"

#include "analysis/analyzer.h"
#include "clioptions.h"
#include "report/timelineexport.h"
#include "ruleoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dockscope::cli {

int runTimeline(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Write the timeline of the evidence (image history, file times, container "
               "lifecycle, log lines, findings) as CSV or JSON Lines for Timesketch."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cli", "csv (default) or jsonl."),
                                    QCoreApplication::translate("cli", "FORMAT"),
                                    QStringLiteral("csv"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("cli", "Write to FILE (\"-\", the "
                                                                       "default, for standard "
                                                                       "output)."),
                                    QCoreApplication::translate("cli", "FILE"),
                                    QStringLiteral("-"));
    const QCommandLineOption noImageFiles(
        QStringLiteral("no-image-files"),
        QCoreApplication::translate("cli", "Leave out the modification times of the files of "
                                           "the image layers."));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      QCoreApplication::translate("cli", "Platform to analyse in "
                                                                         "multi-platform OCI "
                                                                         "indexes."),
                                      QCoreApplication::translate("cli", "PLATFORM"));
    const QCommandLineOption container(QStringLiteral("container"),
                                       QCoreApplication::translate("cli", "Only this container (a unique id prefix or its "
                                          "name) and its image."),
                                       QCoreApplication::translate("cli", "PREFIX"));
    parser.addOptions({format, output, noImageFiles, platform, container});
    const RuleOptions ruleOptions;
    ruleOptions.addTo(parser);
    parser.addPositionalArgument(QCoreApplication::translate("cli", "EVIDENCE"),
                                 QCoreApplication::translate("cli", "Evidence files or folders."),
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
        err() << QCoreApplication::translate("cli", "dockscope-cli timeline: no evidence given")
              << Qt::endl;
        return ExitUsage;
    }
    const QString formatName = parser.value(format).toLower();
    if (formatName != u"csv" && formatName != u"jsonl") {
        err() << QCoreApplication::translate("cli", "dockscope-cli timeline: unknown format "
                                                    "\"%1\" (csv or jsonl)")
                     .arg(parser.value(format))
              << Qt::endl;
        return ExitUsage;
    }
    AnalyzeOptions options;
    options.platform = parser.value(platform);
    options.container = parser.value(container);
    if (const auto error = ruleOptions.apply(parser, options)) {
        err() << QStringLiteral("dockscope-cli timeline: ") << *error << Qt::endl;
        return ExitUsage;
    }
    const Analysis analysis = Analyzer::run(evidence, options);
    const auto events = TimelineExport::events(analysis, !parser.isSet(noImageFiles));
    const QByteArray data = TimelineExport::write(
        events, formatName == u"csv" ? TimelineExport::Format::Csv : TimelineExport::Format::Jsonl);
    if (!writeOutput(parser.value(output), data)) {
        return ExitUsage;
    }
    if (!analysis.anyEvidenceRead()) {
        return ExitNoEvidence;
    }
    return analysis.hasWarnings() ? ExitWarnings : ExitOk;
}

} // namespace dockscope::cli
