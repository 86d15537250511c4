#include "casecommand.h"

#include "case/caseactions.h"
#include "clioptions.h"
#include "reportcommand.h"
#include "util/format.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dockscope::cli {

namespace {

QString caseUsage()
{
    return QCoreApplication::translate("cli", "Usage: dockscope-cli case SUBCOMMAND CASE [OPTIONS] [EVIDENCE...]\n"
              "\n"
              "Subcommands:\n"
              "  new     Create a case file: case new FILE --number N --examiner NAME\n"
              "  add     Hash evidence (SHA-256, SHA-1, MD5) and add it: case add FILE EVIDENCE...\n"
              "  verify  Hash the evidence again and check the audit log's hash chain; exit\n"
              "          code 4 on any mismatch or a broken chain.\n"
              "  show    Print the case: metadata, evidence, verifications, audit log.\n"
              "  note    Add an examiner note: case note FILE TEXT\n"
              "  report  Verify, analyse and write a report: case report FILE --format\n"
              "          pdf|html|json|csv -o OUT\n"
              "\n"
              "SUBCOMMAND --help shows its options.\n");
}

// A parser with --help, --examiner and the CASE argument; nullopt-like false when parsing failed
// or help was shown (exit code in *exit).
bool parse(QCommandLineParser &parser, const QStringList &arguments, const char *description,
           int *exit)
{
    parser.setApplicationDescription(QCoreApplication::translate("cli", description));
    parser.addHelpOption();
    parser.addPositionalArgument(QCoreApplication::translate("cli", "CASE"), QCoreApplication::translate("cli", "The case file (.dscase)."), QCoreApplication::translate("cli", "CASE"));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        *exit = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        *exit = ExitOk;
        return false;
    }
    if (parser.positionalArguments().isEmpty()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli case: no case file given") << Qt::endl;
        *exit = ExitUsage;
        return false;
    }
    return true;
}

QCommandLineOption examinerOption()
{
    return QCommandLineOption(QStringLiteral("examiner"),
                              QCoreApplication::translate("cli", "The examiner acting now (default: the case's examiner)."),
                              QCoreApplication::translate("cli", "NAME"));
}

std::unique_ptr<CaseStore> openCase(const QCommandLineParser &parser)
{
    Diagnostic error;
    auto store = CaseStore::open(parser.positionalArguments().constFirst(), &error);
    if (!store) {
        err() << QStringLiteral("dockscope-cli case: ") << error.toString() << Qt::endl;
        return nullptr;
    }
    if (parser.isSet(QStringLiteral("examiner"))) {
        store->setExaminer(parser.value(QStringLiteral("examiner")));
    }
    return store;
}

int runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption number(QStringLiteral("number"), QCoreApplication::translate("cli", "The case number."), QCoreApplication::translate("cli", "N"));
    const QCommandLineOption examiner(QStringLiteral("examiner"), QCoreApplication::translate("cli", "The examiner in charge."),
                                      QCoreApplication::translate("cli", "NAME"));
    const QCommandLineOption name(QStringLiteral("name"), QCoreApplication::translate("cli", "A name for the case."), QCoreApplication::translate("cli", "TEXT"));
    const QCommandLineOption organisation(QStringLiteral("organisation"), QCoreApplication::translate("cli", "The organisation."),
                                          QCoreApplication::translate("cli", "TEXT"));
    const QCommandLineOption description(QStringLiteral("description"), QCoreApplication::translate("cli", "What the case is about."),
                                         QCoreApplication::translate("cli", "TEXT"));
    const QCommandLineOption timeZone(QStringLiteral("time-zone"),
                                      QCoreApplication::translate("cli", "Time zone for displayed times (IANA id, default UTC)."),
                                      QCoreApplication::translate("cli", "ZONE"), QStringLiteral("UTC"));
    parser.addOptions({number, examiner, name, organisation, description, timeZone});
    int exit = ExitOk;
    if (!parse(parser, arguments, QT_TRANSLATE_NOOP("cli", "Create a new case file and its case folder."),
               &exit)) {
        return exit;
    }
    if (!parser.isSet(number) || !parser.isSet(examiner)) {
        err() << QCoreApplication::translate("cli", "dockscope-cli case new: --number and --examiner are required") << Qt::endl;
        return ExitUsage;
    }
    CaseInfo info;
    info.number = parser.value(number);
    info.examiner = parser.value(examiner);
    info.name = parser.value(name);
    info.organisation = parser.value(organisation);
    info.description = parser.value(description);
    info.timeZone = parser.value(timeZone);
    Diagnostic error;
    const auto store = CaseStore::create(parser.positionalArguments().constFirst(), info, &error);
    if (!store) {
        err() << QStringLiteral("dockscope-cli case new: ") << error.toString() << Qt::endl;
        return ExitUsage;
    }
    out() << QCoreApplication::translate("cli", "case %1 created: %2 (folder %3)").arg(info.number, store->path(), store->folder())
          << Qt::endl;
    return ExitOk;
}

int runAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption notes(QStringLiteral("notes"), QCoreApplication::translate("cli", "Acquisition notes for the items."),
                                   QCoreApplication::translate("cli", "TEXT"));
    parser.addOptions({notes, examinerOption()});
    parser.addPositionalArgument(QCoreApplication::translate("cli", "EVIDENCE"), QCoreApplication::translate("cli", "Evidence files or folders."), QCoreApplication::translate("cli", "EVIDENCE..."));
    int exit = ExitOk;
    if (!parse(parser, arguments,
               QT_TRANSLATE_NOOP("cli", "Hash evidence items and add them to the case."), &exit)) {
        return exit;
    }
    const QStringList evidence = parser.positionalArguments().mid(1);
    if (evidence.isEmpty()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli case add: no evidence given") << Qt::endl;
        return ExitUsage;
    }
    const auto store = openCase(parser);
    if (!store) {
        return ExitUsage;
    }
    int failed = 0;
    for (const CaseActions::Added &a : CaseActions::addEvidence(*store, evidence, parser.value(notes))) {
        if (a.id == 0) {
            ++failed;
            err() << QCoreApplication::translate("cli", "dockscope-cli case add: %1: not added: %2").arg(a.path, a.error) << Qt::endl;
            continue;
        }
        for (const CaseEvidence &e : store->evidence()) {
            if (e.id == a.id) {
                out() << QStringLiteral("#%1 %2 %3 (%4)\n  sha256 %5\n  sha1   %6\n  md5    %7")
                             .arg(e.id)
                             .arg(e.kind, e.path, humanBytes(e.sizeBytes), e.sha256, e.sha1, e.md5)
                      << Qt::endl;
            }
        }
    }
    return failed == 0 ? ExitOk : ExitNoEvidence;
}

int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(examinerOption());
    int exit = ExitOk;
    if (!parse(parser, arguments,
               QT_TRANSLATE_NOOP("cli", "Hash every evidence item again, compare with the intake "
                                        "digests and check the audit log's hash chain."),
               &exit)) {
        return exit;
    }
    const auto store = openCase(parser);
    if (!store) {
        return ExitUsage;
    }
    // The chain is checked before this verification adds its own entries, then again after.
    const ChainCheck before = store->verifyChain();
    bool ok = before.ok;
    const std::vector<CaseEvidence> items = store->evidence();
    for (const CaseVerification &v : CaseActions::verifyEvidence(*store)) {
        QString path;
        for (const CaseEvidence &e : items) {
            if (e.id == v.evidenceId) {
                path = e.path;
            }
        }
        const bool match = v.result == CaseVerification::Result::Match;
        ok = ok && match;
        out() << QStringLiteral("#%1 %2 %3").arg(v.evidenceId).arg(CaseVerification::resultName(v.result), path);
        if (!match) {
            out() << QStringLiteral(" (") << v.detail << u')';
        }
        out() << Qt::endl;
    }
    if (items.empty()) {
        out() << QCoreApplication::translate("cli", "the case holds no evidence") << Qt::endl;
    }
    const ChainCheck chain = before.ok ? store->verifyChain() : before;
    ok = ok && chain.ok;
    if (chain.ok) {
        out() << QCoreApplication::translate("cli", "audit log: intact (%1 entries)").arg(chain.entries) << Qt::endl;
    } else {
        out() << QCoreApplication::translate("cli", "audit log: BROKEN at entry %1: %2").arg(chain.brokenSeq).arg(chain.translatedReason())
              << Qt::endl;
    }
    return ok ? ExitOk : ExitVerifyFailed;
}

int runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exit = ExitOk;
    if (!parse(parser, arguments, QT_TRANSLATE_NOOP("cli", "Print the case."), &exit)) {
        return exit;
    }
    const auto store = openCase(parser);
    if (!store) {
        return ExitUsage;
    }
    const CaseSnapshot s = store->snapshot();
    out() << QCoreApplication::translate("cli", "Case %1 %2").arg(s.info.number, s.info.name) << Qt::endl
          << QCoreApplication::translate("cli", "Examiner: %1").arg(s.info.examiner) << Qt::endl
          << QCoreApplication::translate("cli", "Organisation: %1").arg(s.info.organisation) << Qt::endl
          << QCoreApplication::translate("cli", "Created: %1 (time zone %2)").arg(s.info.created, s.info.timeZone) << Qt::endl
          << QCoreApplication::translate("cli", "Folder: %1").arg(s.folder) << Qt::endl
          << Qt::endl
          << QCoreApplication::translate("cli", "Evidence:") << Qt::endl;
    for (const CaseEvidence &e : s.evidence) {
        const CaseVerification *v = s.latestVerification(e.id);
        out() << QStringLiteral("  #%1 %2 %3 sha256 %4 [%5]")
                     .arg(e.id)
                     .arg(e.kind, e.path, e.sha256,
                          v ? CaseVerification::resultName(v->result) : QCoreApplication::translate("cli", "not verified"))
              << Qt::endl;
    }
    out() << Qt::endl << QCoreApplication::translate("cli", "Notes:") << Qt::endl;
    for (const CaseNote &n : s.notes) {
        out() << QStringLiteral("  %1 %2: %3").arg(n.time, n.examiner, n.text) << Qt::endl;
    }
    out() << Qt::endl << QCoreApplication::translate("cli", "Audit log:") << Qt::endl;
    for (const AuditEntry &e : s.audit) {
        out() << QStringLiteral("  %1 %2 %3 %4 %5 %6")
                     .arg(e.seq)
                     .arg(e.time, e.examiner, e.action, e.details, e.hash)
              << Qt::endl;
    }
    if (s.chain.ok) {
        out() << QCoreApplication::translate("cli", "audit log: intact (%1 entries)").arg(s.chain.entries) << Qt::endl;
        return ExitOk;
    }
    out() << QCoreApplication::translate("cli", "audit log: BROKEN at entry %1: %2").arg(s.chain.brokenSeq).arg(s.chain.translatedReason())
          << Qt::endl;
    return ExitVerifyFailed;
}

int runNote(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(examinerOption());
    parser.addPositionalArgument(QCoreApplication::translate("cli", "TEXT"), QCoreApplication::translate("cli", "The note."), QCoreApplication::translate("cli", "TEXT"));
    int exit = ExitOk;
    if (!parse(parser, arguments, QT_TRANSLATE_NOOP("cli", "Add an examiner note to the case."), &exit)) {
        return exit;
    }
    const QString text = parser.positionalArguments().mid(1).join(u' ');
    if (text.trimmed().isEmpty()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli case note: no text given") << Qt::endl;
        return ExitUsage;
    }
    const auto store = openCase(parser);
    if (!store) {
        return ExitUsage;
    }
    CaseNote note;
    note.text = text;
    Diagnostic error;
    if (store->addNote(note, &error) == 0) {
        err() << QStringLiteral("dockscope-cli case note: ") << error.toString() << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace

int runCase(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) == u"--help" || arguments.at(1) == u"-h") {
        (arguments.size() < 2 ? err() : out()) << caseUsage();
        return arguments.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString sub = arguments.at(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (sub == u"new") {
        return runNew(rest);
    }
    if (sub == u"add") {
        return runAdd(rest);
    }
    if (sub == u"verify") {
        return runVerify(rest);
    }
    if (sub == u"show") {
        return runShow(rest);
    }
    if (sub == u"note") {
        return runNote(rest);
    }
    if (sub == u"report") {
        return runCaseReport(rest);
    }
    err() << QCoreApplication::translate("cli", "dockscope-cli case: unknown subcommand \"%1\"").arg(sub) << Qt::endl << caseUsage();
    return ExitUsage;
}

} // namespace dockscope::cli
