#include "reportcommand.h"

#include "analysis/analyzer.h"
#include "case/caseactions.h"
#include "clioptions.h"
#include "report/report.h"
#include "reportcliopts.h"
#include "ruleoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace dockscope::cli {

namespace {

// Verifies the case's evidence, printing each mismatch; true when everything matched.
bool verifyCase(CaseStore &store)
{
    bool ok = true;
    for (const CaseVerification &v : CaseActions::verifyEvidence(store)) {
        if (v.result != CaseVerification::Result::Match) {
            ok = false;
            err() << QCoreApplication::translate("cli", "dockscope-cli: evidence item %1 does not verify: %2 %3")
                         .arg(v.evidenceId)
                         .arg(CaseVerification::resultName(v.result), v.detail)
                  << Qt::endl;
        }
    }
    return ok;
}

struct ReportRun
{
    const QStringList &evidence;
    CaseStore *store = nullptr;
    const QCommandLineParser &parser;
    const ReportCliOptions &reportOptions;
    const RuleOptions &ruleOptions;
    const QString &command;
};

int produce(const ReportRun &run)
{
    ReportOptions options;
    ReportWriter::Format format = ReportWriter::Format::Html;
    QString output;
    if (const auto error = run.reportOptions.apply(run.parser, options, format, output)) {
        err() << run.command << QStringLiteral(": ") << *error << Qt::endl;
        return ExitUsage;
    }
    AnalyzeOptions analyzeOptions;
    if (const auto error = run.ruleOptions.apply(run.parser, analyzeOptions)) {
        err() << run.command << QStringLiteral(": ") << *error << Qt::endl;
        return ExitUsage;
    }
    bool verified = true;
    if (run.store) {
        verified = verifyCase(*run.store);
    }
    const Analysis analysis = Analyzer::run(run.evidence, analyzeOptions);
    for (const Diagnostic &d : analysis.diagnostics) {
        if (d.severity != Diagnostic::Severity::Info) {
            err() << d.toString() << Qt::endl;
        }
    }
    std::optional<CaseSnapshot> snapshot;
    if (run.store) {
        CaseActions::recordAnalysis(*run.store, analysis, analyzeOptions);
        snapshot = run.store->snapshot();
        if (!snapshot->chain.ok) {
            err() << QCoreApplication::translate("cli", "%1: the audit log is broken at entry %2: %3")
                         .arg(run.command)
                         .arg(snapshot->chain.brokenSeq)
                         .arg(snapshot->chain.translatedReason())
                  << Qt::endl;
        }
    }
    const Report report = ReportBuilder::build(analysis, snapshot, options);
    const ReportFile file = ReportWriter::write(report, format, output);
    if (!file.ok) {
        err() << QCoreApplication::translate("cli", "%1: cannot write %2: %3").arg(run.command, output, file.error) << Qt::endl;
        return ExitUsage;
    }
    if (run.store) {
        CaseActions::recordReport(*run.store, report, file);
    }
    out() << QCoreApplication::translate("cli", "report %1 written to %2").arg(report.id, file.path) << Qt::endl
          << QStringLiteral("sha256 ") << file.sha256 << Qt::endl;
    if (!analysis.anyEvidenceRead()) {
        return ExitNoEvidence;
    }
    if (!verified || (snapshot && (!snapshot->chain.ok || snapshot->anyVerificationFailed()))) {
        return ExitVerifyFailed;
    }
    return analysis.hasWarnings() ? ExitWarnings : ExitOk;
}

void describe(QCommandLineParser &parser, const char *description)
{
    parser.setApplicationDescription(QCoreApplication::translate("cli", description));
    parser.addHelpOption();
}

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser, QT_TRANSLATE_NOOP("cli", "Write a report (PDF, HTML, JSON or CSV) of the "
                                              "evidence, with or without a case."));
    const QCommandLineOption caseFile(QStringLiteral("case"),
                                      QCoreApplication::translate("cli", "Include this case's metadata, verifications, notes, tags "
                                         "and audit log, and record the report in it."),
                                      QCoreApplication::translate("cli", "FILE"));
    parser.addOption(caseFile);
    const ReportCliOptions reportOptions;
    reportOptions.addTo(parser);
    const RuleOptions ruleOptions;
    ruleOptions.addTo(parser);
    parser.addPositionalArgument(QCoreApplication::translate("cli", "EVIDENCE"), QCoreApplication::translate("cli", "Evidence files or folders."), QCoreApplication::translate("cli", "EVIDENCE..."));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QString command = QStringLiteral("dockscope-cli report");
    QStringList evidence = parser.positionalArguments();
    std::unique_ptr<CaseStore> store;
    if (parser.isSet(caseFile)) {
        Diagnostic error;
        store = CaseStore::open(parser.value(caseFile), &error);
        if (!store) {
            err() << command << QStringLiteral(": ") << error.toString() << Qt::endl;
            return ExitUsage;
        }
        if (evidence.isEmpty()) {
            evidence = CaseActions::evidencePaths(*store);
        }
    }
    if (evidence.isEmpty()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli report: no evidence given") << Qt::endl;
        return ExitUsage;
    }
    return produce({evidence, store.get(), parser, reportOptions, ruleOptions, command});
}

int runCaseReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser, QT_TRANSLATE_NOOP("cli", "Verify the case's evidence, analyse it and write "
                                              "its report; the report's SHA-256 goes into the "
                                              "audit log."));
    const ReportCliOptions reportOptions;
    reportOptions.addTo(parser);
    const RuleOptions ruleOptions;
    ruleOptions.addTo(parser);
    parser.addPositionalArgument(QCoreApplication::translate("cli", "CASE"), QCoreApplication::translate("cli", "The case file (.dscase)."), QCoreApplication::translate("cli", "CASE"));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QString command = QStringLiteral("dockscope-cli case report");
    if (parser.positionalArguments().size() != 1) {
        err() << QCoreApplication::translate("cli", "dockscope-cli case report: give one case file") << Qt::endl;
        return ExitUsage;
    }
    Diagnostic error;
    const auto store = CaseStore::open(parser.positionalArguments().constFirst(), &error);
    if (!store) {
        err() << command << QStringLiteral(": ") << error.toString() << Qt::endl;
        return ExitUsage;
    }
    const QStringList evidence = CaseActions::evidencePaths(*store);
    if (evidence.isEmpty()) {
        err() << QCoreApplication::translate("cli", "dockscope-cli case report: the case holds no evidence (case add)") << Qt::endl;
        return ExitUsage;
    }
    return produce({evidence, store.get(), parser, reportOptions, ruleOptions, command});
}

} // namespace dockscope::cli
