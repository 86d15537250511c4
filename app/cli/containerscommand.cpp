#include "containerscommand.h"

#include "analysis/analyzer.h"
#include "clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dockscope::cli {

int runContainers(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "List the containers of a Docker data root, a mounted disk or an evidence folder."));
    parser.addHelpOption();
    parser.addPositionalArgument(QCoreApplication::translate("cli", "EVIDENCE"),
                                 QCoreApplication::translate("cli", "Data roots, disks, inspect output."),
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
        err() << QCoreApplication::translate("cli", "dockscope-cli containers: no evidence given") << Qt::endl;
        return ExitUsage;
    }
    const Analysis analysis = Analyzer::run(parser.positionalArguments(), {});
    for (const Diagnostic &d : analysis.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error) {
            err() << d.toString() << Qt::endl;
        }
    }
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                 .arg(QStringLiteral("CONTAINER ID"), -12)
                 .arg(QStringLiteral("NAME"), -24)
                 .arg(QStringLiteral("IMAGE"), -28)
                 .arg(QStringLiteral("CREATED"), -30)
                 .arg(QStringLiteral("STATUS"), -10)
                 .arg(QStringLiteral("CHANGES"));
    for (const Container &c : analysis.containers) {
        QString image = c.image;
        if (image.isEmpty() || image.startsWith(u"sha256:")) {
            image = c.imageId.mid(7, 12);
        }
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(c.id.left(12), -12)
                     .arg(c.name, -24)
                     .arg(image, -28)
                     .arg(c.created, -30)
                     .arg(c.running ? QStringLiteral("running") : (c.status.isEmpty() ? QStringLiteral("stopped") : c.status), -10)
                     .arg(c.changes.size());
    }
    out().flush();
    if (!analysis.anyEvidenceRead()) {
        return ExitNoEvidence;
    }
    return analysis.hasWarnings() ? ExitWarnings : ExitOk;
}

} // namespace dockscope::cli
