// dockscope-cli: the headless twin of the workbench, for batch triage and automation.

#include "analyzecommand.h"
#include "cicommand.h"
#include "containerscommand.h"
#include "timelinecommand.h"
#include "clioptions.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <clocale>
#include <cstring>
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
        "  ci        Evaluate dive's CI rules (efficiency, wasted bytes) on images.\n"
        "  containers List the containers of a data root, disk or evidence folder.\n"
        "  timeline  Write the timeline as CSV or JSON Lines for Timesketch\n"
        "            (--format csv|jsonl, -o FILE).\n"
        "\n"
        "Options:\n"
        "  -h, --help     Show this help (COMMAND --help for a command's options).\n"
        "  -v, --version  Show the version.\n"
        "\n"
        "Exit codes: 0 analysed, 1 analysed with warnings about the evidence (ci: a rule\n"
        "failed), 2 usage error, 3 no evidence could be read.\n"
        "\n"
        "Examples:\n"
        "  dockscope-cli analyze suspicious.tar\n"
        "  dockscope-cli analyze --files --json report.json image.tar export.tar\n"
        "  dockscope-cli analyze --platform linux/arm64 ./oci-layout\n"
        "  dockscope-cli ci --lowest-efficiency 0.95 image.tar\n"
        "  dockscope-cli containers /mnt/evidence\n"
        "  dockscope-cli analyze --container 7b02fb --json - /mnt/evidence\n"
        "  dockscope-cli analyze --rules ./my-yara --max-scan-size 64M image.tar\n"
        "  dockscope-cli timeline --format jsonl -o timeline.jsonl /mnt/evidence\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // Tar member names are bytes; a UTF-8 character type lets libarchive decode pax names.
    std::setlocale(LC_ALL, "");
    if (std::strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
        std::setlocale(LC_CTYPE, "C.UTF-8");
    }
    QCoreApplication app(argc, argv);
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
    if (command == u"timeline") {
        return runTimeline(args);
    }
    if (command == u"containers") {
        return runContainers(args);
    }
    err() << QCoreApplication::translate("cli", "dockscope-cli: unknown command \"%1\"").arg(command)
          << Qt::endl
          << usage();
    return ExitUsage;
}
