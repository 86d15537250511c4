#include "sbomcommand.h"

#include "analysis/analyzer.h"
#include "clioptions.h"
#include "packages/sbomwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dockscope::cli {

int runSbom(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Write the software bill of materials of an image (its packages, with purls, "
               "hashes and the layer that brought each) as CycloneDX 1.5 or SPDX 2.3 JSON."));
    parser.addHelpOption();
    const QCommandLineOption format(QStringLiteral("format"),
                                    QCoreApplication::translate("cli", "cyclonedx (default) or spdx."),
                                    QCoreApplication::translate("cli", "FORMAT"),
                                    QStringLiteral("cyclonedx"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("cli", "Write to FILE (\"-\", the "
                                                                       "default, for standard output)."),
                                    QCoreApplication::translate("cli", "FILE"), QStringLiteral("-"));
    const QCommandLineOption image(QStringLiteral("image"),
                                   QCoreApplication::translate("cli", "The image (an id prefix or a tag) when the "
                                                                      "evidence holds several."),
                                   QCoreApplication::translate("cli", "IMAGE"));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      QCoreApplication::translate("cli", "Platform to analyse in multi-platform OCI indexes."),
                                      QCoreApplication::translate("cli", "PLATFORM"));
    const QCommandLineOption container(QStringLiteral("container"),
                                       QCoreApplication::translate("cli", "Describe this container's file system instead "
                                                                          "(a unique id prefix or its name): its "
                                                                          "read-write layer on its image in a data root, "
                                                                          "or its docker export."),
                                       QCoreApplication::translate("cli", "CONTAINER"));
    parser.addOptions({format, output, image, platform, container});
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
        err() << QCoreApplication::translate("cli", "dockscope-cli sbom: no evidence given") << Qt::endl;
        return ExitUsage;
    }
    const QString formatName = parser.value(format).toLower();
    if (formatName != u"cyclonedx" && formatName != u"spdx") {
        err() << QCoreApplication::translate("cli", "dockscope-cli sbom: unknown format \"%1\" (cyclonedx or spdx)")
                     .arg(parser.value(format))
              << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(container) && (parser.value(container).isEmpty() || parser.isSet(image))) {
        err() << QCoreApplication::translate("cli", "dockscope-cli sbom: --container needs a non-empty id "
                                                    "prefix or name, and goes without --image")
              << Qt::endl;
        return ExitUsage;
    }
    AnalyzeOptions options;
    options.platform = parser.value(platform);
    options.detections = false; // the inventory needs no findings
    options.container = parser.value(container);
    const Analysis analysis = Analyzer::run(evidence, options);
    if (!analysis.anyEvidenceRead()) {
        return ExitNoEvidence;
    }
    // The container an image stands for: its file system, or the container its export is of.
    auto containerOf = [&](const Image &i) -> const Container * {
        for (const Container &c : analysis.containers) {
            if ((i.kind == u"container" && i.id == c.id)
                || (i.kind == u"container-export" && !c.exportEvidence.isEmpty() && i.evidence == c.exportEvidence)) {
                return &c;
            }
        }
        return nullptr;
    };
    const QString wanted = parser.value(image);
    std::vector<const Image *> candidates;
    for (const Image &i : analysis.images) {
        if (parser.isSet(container)) {
            // The selected container's file system only (the analysis kept just that container).
            if ((i.kind == u"container" || i.kind == u"container-export") && containerOf(i)) {
                candidates.push_back(&i);
            }
            continue;
        }
        if (i.kind == u"container") {
            continue;
        }
        const bool matches = wanted.isEmpty() || i.repoTags.contains(wanted) || (!i.id.isEmpty()
            && (i.id.startsWith(wanted) || i.id.mid(7).startsWith(wanted)));
        if (matches && (candidates.empty() || candidates.back()->id != i.id || i.id.isEmpty())) {
            candidates.push_back(&i);
        }
    }
    if (parser.isSet(container) && candidates.empty()) {
        for (const Diagnostic &d : analysis.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error) {
                err() << d.toString() << Qt::endl;
            }
        }
        err() << QCoreApplication::translate("cli", "dockscope-cli sbom: no file system of container \"%1\" in the "
                                                    "evidence (a data root with its read-write layer, or its docker "
                                                    "export with its inspect output)")
                     .arg(parser.value(container))
              << Qt::endl;
        return ExitUsage;
    }
    if (candidates.size() != 1) {
        err() << (candidates.empty()
                      ? QCoreApplication::translate("cli", "dockscope-cli sbom: no image found in the evidence")
                      : QCoreApplication::translate("cli", "dockscope-cli sbom: the evidence holds %1 images; "
                                                           "choose one with --image or --container:").arg(candidates.size()))
              << Qt::endl;
        for (const Image *i : candidates) {
            err() << QStringLiteral("  %1 %2").arg(i->id.isEmpty() ? i->evidence : i->id, i->repoTags.join(u' ')) << Qt::endl;
        }
        return ExitUsage;
    }
    const QByteArray data = SbomWriter::write(*candidates.front(),
        formatName == u"spdx" ? SbomWriter::Format::Spdx : SbomWriter::Format::CycloneDx, analysis.toolVersion,
        containerOf(*candidates.front()));
    if (!writeOutput(parser.value(output), data)) {
        return ExitUsage;
    }
    return analysis.hasWarnings() ? ExitWarnings : ExitOk;
}

} // namespace dockscope::cli
