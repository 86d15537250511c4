// dockscope-cli: the headless twin of the workbench, for batch triage and automation.

#include "analyzecommand.h"
#include "casecommand.h"
#include "cicommand.h"
#include "reportcommand.h"
#include "containerscommand.h"
#include "sbomcommand.h"
#include "timelinecommand.h"
#include "clioptions.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QThreadPool>

#include <clocale>
#include <cstring>
#include <memory>
#include <langinfo.h>

using namespace dockscope::cli;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: dockscope-cli COMMAND [OPTIONS] EVIDENCE...\n"
        "\n"
        "Forensic analysis of Docker images and containers, offline.\n"
        "\n"
        "Commands:\n"
        "  analyze   Read evidence, rebuild the layers, verify the digest chain; print a\n"
        "            summary or write the JSON analysis (--json FILE|-).\n"
        "  case      Keep a case file: case new|add|verify|show|note|report (case --help).\n"
        "  ci        Evaluate dive's CI rules (efficiency, wasted bytes) on images.\n"
        "  containers List the containers of a data root, disk or evidence folder.\n"
        "  report    Write a PDF, HTML, JSON or CSV report of evidence, with or without a\n"
        "            case (--case FILE --format FORMAT -o FILE).\n"
        "  sbom      Write an image's packages as an SBOM (--format cyclonedx|spdx, -o FILE).\n"
        "  timeline  Write the timeline as CSV or JSON Lines for Timesketch\n"
        "            (--format csv|jsonl, -o FILE).\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help (COMMAND --help for a command's options).\n"
        "  -v, --version  Show the version.\n"
        "\n"
        "Exit codes: 0 analysed, 1 analysed with warnings about the evidence (ci: a rule\n"
        "failed), 2 usage error, 3 no evidence could be read, 4 case evidence does not\n"
        "verify or the audit log is broken.\n"
        "\n"
        "Examples:\n"
        "  dockscope-cli analyze suspicious.tar\n"
        "  dockscope-cli analyze --files --json report.json image.tar export.tar\n"
        "  dockscope-cli analyze --platform linux/arm64 ./oci-layout\n"
        "  dockscope-cli ci --lowest-efficiency 0.95 image.tar\n"
        "  dockscope-cli containers /mnt/evidence\n"
        "  dockscope-cli analyze --container 7b02fb --json - /mnt/evidence\n"
        "  dockscope-cli analyze --rules ./my-yara --max-scan-size 64M image.tar\n"
        "  dockscope-cli timeline --format jsonl -o timeline.jsonl /mnt/evidence\n"
        "  dockscope-cli case new incident.dscase --number 2026-042 --examiner \"A. Example\"\n"
        "  dockscope-cli case add incident.dscase image.tar inspect.json\n"
        "  dockscope-cli case verify incident.dscase\n"
        "  dockscope-cli case report incident.dscase --format pdf -o report.pdf\n"
        "  dockscope-cli report --format html -o report.html image.tar\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // Tar member names are bytes; a UTF-8 character type lets libarchive decode pax names.
    std::setlocale(LC_ALL, "");
    if (std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
        std::setlocale(LC_CTYPE, "C.UTF-8");
    }
    // Reports render through Qt Gui (fonts, PDF); the CLI never shows a window.
    const bool renders = argc > 1
        && (std::strcmp(argv[1], "report") == 0 || std::strcmp(argv[1], "case") == 0);
    if (renders) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> application(renders ? new QGuiApplication(argc, argv)
                                                           : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("dockscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKSCOPE_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Dockscope"));

    // Let the worker threads end before exit, so their thread-local state is released.
    struct PoolDrain
    {
        ~PoolDrain() { QThreadPool::globalInstance()->waitForDone(); }
    } drain;

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        err() << usage();
        return ExitUsage;
    }
    const QString command = args.at(1);
    if (command == u"--version" || command == u"-v" || command == u"version") {
        out() << versionText() << Qt::endl;
        return ExitOk;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out() << usage();
        return ExitOk;
    }
    args.removeAt(1); // the parser sees "dockscope-cli OPTIONS..."
    if (command == u"analyze") {
        return runAnalyze(args);
    }
    if (command == u"ci") {
        return runCi(args);
    }
    if (command == u"sbom") {
        return runSbom(args);
    }
    if (command == u"timeline") {
        return runTimeline(args);
    }
    if (command == u"containers") {
        return runContainers(args);
    }
    if (command == u"report") {
        return runReport(args);
    }
    if (command == u"case") {
        return runCase(args);
    }
    err() << QCoreApplication::translate("cli", "dockscope-cli: unknown command \"%1\"").arg(command)
          << Qt::endl
          << usage();
    return ExitUsage;
}
