#include "acquirecommand.h"

#include "acquire/acquirer.h"
#include "clioptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <atomic>
#include <csignal>

namespace dockscope::cli {

namespace {

std::atomic_bool interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted = true;
}

} // namespace

int runAcquire(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Preserve a container from a live Docker host into a new evidence folder: engine info and "
        "version, the container list, the container's inspect, processes, changes, logs (both "
        "streams, with timestamps), file system export, image inspect, history and save, and the "
        "paths asked for. Every artefact is streamed to disk while hashed and listed in "
        "manifest.json with its API call, UTC times, size and SHA-256; every step is written to "
        "acquisition.log; the folder is made read-only at the end. The manifest's SHA-256 is "
        "printed last.\n\nExit codes: 0 complete, 1 some steps failed (see the log), 2 usage "
        "error, 3 nothing could be acquired."));
    parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"),
                                  QCoreApplication::translate("cli", "The engine: unix:///path/docker.sock (default unix:///var/run/docker.sock) or tcp://host:port."),
                                  QCoreApplication::translate("cli", "ADDRESS"),
                                  QStringLiteral("unix:///var/run/docker.sock"));
    const QCommandLineOption container(QStringLiteral("container"),
                                       QCoreApplication::translate("cli", "The container: id, unique id prefix or name."),
                                       QCoreApplication::translate("cli", "ID|NAME"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QCoreApplication::translate("cli", "The new acquisition folder (must not exist, or be empty)."),
                                    QCoreApplication::translate("cli", "DIR"));
    const QCommandLineOption examiner(QStringLiteral("examiner"),
                                      QCoreApplication::translate("cli", "The examiner's name, for the log and the manifest."),
                                      QCoreApplication::translate("cli", "NAME"));
    const QCommandLineOption paths(QStringLiteral("paths"),
                                   QCoreApplication::translate("cli", "Comma-separated paths in the container to copy as tar archives (/var/log,/tmp,/etc/passwd)."),
                                   QCoreApplication::translate("cli", "PATHS"));
    const QCommandLineOption commit(QStringLiteral("commit"),
                                    QCoreApplication::translate("cli", "Also commit the container's current state to a new image on the host and save it (changes the host: logged)."));
    const QCommandLineOption netstat(QStringLiteral("exec-netstat"),
                                     QCoreApplication::translate("cli", "Also read the network connections by running a process in the container (changes its state: logged)."));
    const QCommandLineOption quiet(QStringList{QStringLiteral("q"), QStringLiteral("quiet")},
                                   QCoreApplication::translate("cli", "Do not echo the acquisition log on stderr."));
    parser.addOptions({host, container, output, examiner, paths, commit, netstat, quiet});
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(container) || !parser.isSet(output) || !parser.positionalArguments().isEmpty()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli acquire: --container and -o DIR are required")
              << Qt::endl;
        return ExitUsage;
    }
    AcquireOptions options;
    options.host = parser.value(host);
    options.container = parser.value(container);
    options.outputDir = parser.value(output);
    options.examiner = parser.value(examiner);
    for (const QString &p : parser.value(paths).split(u',', Qt::SkipEmptyParts)) {
        options.paths << p.trimmed();
    }
    options.commit = parser.isSet(commit);
    options.execNetstat = parser.isSet(netstat);

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const bool echo = !parser.isSet(quiet);
    const AcquisitionResult result = Acquirer::run(
        options, &interrupted,
        [echo](const QString &line) {
            if (echo) {
                err() << line << Qt::endl;
            }
        },
        {});
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    if (result.manifestPath.isEmpty()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli acquire: %1").arg(result.error) << Qt::endl;
        return result.refused ? ExitUsage : ExitNoEvidence;
    }
    if (!result.error.isEmpty()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli acquire: %1").arg(result.error) << Qt::endl;
    }
    int ok = 0;
    for (const AcquiredArtefact &a : result.artefacts) {
        ok += a.status == u"ok";
    }
    out() << QCoreApplication::translate("cli", "Acquisition %1: %2 of %3 artefacts complete")
                 .arg(result.status)
                 .arg(ok)
                 .arg(result.artefacts.size())
          << '\n';
    if (!result.containerId.isEmpty()) {
        out() << QCoreApplication::translate("cli", "Container: %1 (%2)").arg(result.containerId, result.containerName) << '\n';
    }
    out() << QCoreApplication::translate("cli", "Manifest: %1").arg(result.manifestPath) << '\n';
    out() << QCoreApplication::translate("cli", "Manifest SHA-256: %1").arg(result.manifestSha256) << Qt::endl;
    if (result.status == u"complete") {
        return ExitOk;
    }
    return result.status == u"failed" ? ExitNoEvidence : ExitWarnings;
}

} // namespace dockscope::cli
