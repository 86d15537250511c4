// Reports: one model rendered as HTML, PDF, JSON and CSV from a case built over copies of the
// demo evidence. Checks what each rendering must say (case, examiner, intake digests, report id,
// findings, sections), that the HTML loads nothing and its tables are balanced, the PDF's pages
// (text, page size, embedded fonts), the JSON and CSV contracts with the formula-injection guard,
// the report options, byte-for-byte determinism, and a tampered evidence item shown as such.
// Then the same through dockscope-cli: case new|add|verify|report, a tampered item, an edited
// audit row, a report without a case, and a report refused over an evidence file.

#include "analysis/analyzer.h"
#include "case/caseactions.h"
#include "case/casestore.h"
#include "case/casetargets.h"
#include "report/pageflow.h"
#include "report/report.h"
#include "report/reportcsv.h"
#include "report/reporthtml.h"
#include "report/reportjson.h"
#include "report/reportwriter.h"

#include "clirunner.h"
#include "testpaths.h"

#include <QAbstractTextDocumentLayout>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>

using namespace dockscope;

namespace {

const char *const CaseNumber = "2026-077";
const char *const Examiner = "B. Tester";

// The demo evidence a case is made of (tests/data/demo).
const QStringList &demoNames()
{
    static const QStringList names{QStringLiteral("demo-image.tar"), QStringLiteral("demo-export.tar"),
                                   QStringLiteral("demo-inspect.json"), QStringLiteral("demo-json.log")};
    return names;
}

// Planted files (demo-facts.txt) that the rules report as findings.
const QStringList &plantedPaths()
{
    static const QStringList paths{QStringLiteral("/tmp/.X11-unix/.x/xmrig"),
                                   QStringLiteral("/srv/www/cgi-bin/up.cgi"),
                                   QStringLiteral("/etc/ld.so.preload"),
                                   QStringLiteral("/usr/lib/libprocesshider.so")};
    return paths;
}

// The section titles of the English report, in ReportOptions::sectionNames() order.
const QStringList &sectionTitles()
{
    static const QStringList titles{QStringLiteral("Executive summary"),
                                    QStringLiteral("Evidence and its verification"),
                                    QStringLiteral("Methodology"),
                                    QStringLiteral("Findings"),
                                    QStringLiteral("Security checklist"),
                                    QStringLiteral("Image layers"),
                                    QStringLiteral("Container changes"),
                                    QStringLiteral("Timeline"),
                                    QStringLiteral("Examiner notes and tagged items"),
                                    QStringLiteral("Limitations"),
                                    QStringLiteral("Appendix: audit log")};
    return titles;
}

QDateTime fixedTime()
{
    return QDateTime::fromString(QStringLiteral("2026-12-01T09:30:00Z"), Qt::ISODate);
}

QString digest(const QString &path, QCryptographicHash::Algorithm algorithm)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(algorithm);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

QString sha256Of(const QString &path)
{
    return digest(path, QCryptographicHash::Sha256);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Copies the demo evidence into root; returns the copies' absolute paths (empty on failure).
QStringList copyDemo(const QString &root)
{
    QStringList copies;
    if (!QDir().mkpath(root)) {
        return {};
    }
    for (const QString &name : demoNames()) {
        const QString to = QDir(root).absoluteFilePath(name);
        if (!QFile::copy(test::data(QStringLiteral("demo/") + name), to)) {
            return {};
        }
        copies << to;
    }
    return copies;
}

// Changes one byte of a file (the case of the first letter at or after its middle); returns
// the offset changed, or -1.
qint64 flipByte(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite)) {
        return -1;
    }
    const QByteArray bytes = f.readAll();
    for (qint64 i = bytes.size() / 2; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            f.seek(i);
            f.putChar(char(c ^ 0x20));
            return i;
        }
    }
    return -1;
}

// A demo case in a folder: the evidence copies and the case file beside them, every item
// taken in and verified once.
struct DemoCase
{
    QStringList evidence;
    std::unique_ptr<CaseStore> store;

    bool make(const QString &root)
    {
        evidence = copyDemo(root);
        if (evidence.size() != demoNames().size()) {
            qWarning() << "cannot copy the demo evidence to" << root;
            return false;
        }
        CaseInfo info;
        info.number = QString::fromLatin1(CaseNumber);
        info.examiner = QString::fromLatin1(Examiner);
        info.name = QStringLiteral("Web shop");
        Diagnostic error;
        store = CaseStore::create(QDir(root).absoluteFilePath(QStringLiteral("case.dscase")), info, &error);
        if (!store) {
            qWarning() << error.toString();
            return false;
        }
        for (const CaseActions::Added &a : CaseActions::addEvidence(*store, evidence)) {
            if (a.id == 0) {
                qWarning() << a.path << a.error;
                return false;
            }
        }
        return CaseActions::verifyEvidence(*store).size() == std::size_t(evidence.size());
    }

    // Analyses the case's evidence as `case report` does and records the run.
    Analysis analyse() const
    {
        const AnalyzeOptions options;
        Analysis analysis = Analyzer::run(CaseActions::evidencePaths(*store), options);
        CaseActions::recordAnalysis(*store, analysis, options);
        return analysis;
    }
};

ReportOptions at(ReportOptions options)
{
    options.generated = fixedTime();
    return options;
}

int count(const QString &text, const QString &pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    int n = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next()) {
        ++n;
    }
    return n;
}

// The HTML of one section: from its anchor to the next <h2.
QString sectionOf(const QString &html, const QString &name)
{
    const qsizetype start = html.indexOf(QStringLiteral("name=\"sec-") + name + u'"');
    if (start < 0) {
        return {};
    }
    const qsizetype end = html.indexOf(QStringLiteral("<h2"), start);
    return html.mid(start, end < 0 ? -1 : end - start);
}

// RFC 4180: quoted fields with doubled quotes, CRLF between records.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        const char next = i + 1 < bytes.size() ? bytes.at(i + 1) : '\0';
        if (quoted) {
            if (c == '"' && next == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << QString::fromUtf8(field);
            field.clear();
        } else if (c == '\r' && next == '\n') {
            row << QString::fromUtf8(field);
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << QString::fromUtf8(field);
        rows << row;
    }
    return rows;
}

struct Tool
{
    int code = -1;
    QString out;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    Tool t;
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        return t;
    }
    t.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.out = QString::fromUtf8(p.readAllStandardOutput());
    return t;
}

bool havePoppler()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            return false;
        }
    }
    return true;
}

// pdfinfo's "Page size: W x H pts", rounded.
QSize pageSizeOf(const QString &pdf)
{
    const Tool info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info.out);
    return m.hasMatch() ? QSize(qRound(m.captured(1).toDouble()), qRound(m.captured(2).toDouble())) : QSize();
}

// The pages of a PDF as pdftotext -layout sees them, whitespace collapsed.
QStringList pagesOf(const QString &pdf)
{
    const Tool text = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QStringList pages;
    for (const QString &page : text.out.split(u'\f')) {
        if (!page.trimmed().isEmpty()) {
            pages << page.simplified();
        }
    }
    return pages;
}

// pdffonts' "emb" column, one entry per font.
QStringList embeddedColumn(const QString &pdf)
{
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {pdf}).out.split(u'\n');
    QStringList out;
    qsizetype start = -1;
    qsizetype width = 0;
    for (const QString &line : lines) {
        if (start >= 0) {
            if (!line.trimmed().isEmpty()) {
                out << line.mid(start, width).trimmed();
            }
            continue;
        }
        if (line.startsWith(QStringLiteral("---"))) {
            // name, type, encoding, emb: the fourth run of dashes.
            QList<QRegularExpressionMatch> matches;
            for (auto it = QRegularExpression(QStringLiteral("-+")).globalMatch(line); it.hasNext();) {
                matches << it.next();
            }
            if (matches.size() < 4) {
                return {};
            }
            start = matches.at(3).capturedStart();
            width = matches.at(3).capturedLength();
        }
    }
    return out;
}

QString withoutSpaces(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

// A made-up analysis whose names are hostile: markup, and spreadsheet formulas.
Analysis hostileAnalysis()
{
    Analysis a;
    a.toolVersion = QStringLiteral("test");
    EvidenceItem e;
    e.path = QStringLiteral("/evidence/=cmd.tar");
    e.kind = QStringLiteral("container-export");
    e.readable = true;
    a.evidence.push_back(e);
    Finding f;
    f.id = QStringLiteral("F1");
    f.rule = QStringLiteral("FS-01");
    f.severity = Severity::High;
    f.title = QStringLiteral("<script>alert(1)</script>, \"quoted\"");
    f.path = QStringLiteral("=cmd|' /C calc'!A0");
    f.evidence = QStringLiteral("<img src=\"x\" onerror=\"alert(2)\">");
    f.source = QStringLiteral("@SUM(A1)");
    f.evidenceFile = e.path;
    f.timestamp = QStringLiteral("2026-11-28T20:34:17Z");
    a.findings.push_back(f);
    Container c;
    c.id = QString(64, u'c');
    c.name = QStringLiteral("web");
    c.changesSource = QStringLiteral("export");
    c.changes.push_back({QStringLiteral("+evil"), Change::Kind::Added});
    a.containers.push_back(c);
    TimelineEvent t;
    t.datetime = QStringLiteral("2026-11-28T20:34:18Z");
    t.timestampDesc = QStringLiteral("Content Modification Time");
    t.source = QStringLiteral("layer");
    t.message = QStringLiteral("-2+3");
    t.path = QStringLiteral("/srv/www/a-b.php");
    a.timeline.push_back(t);
    return a;
}

// Runs one SQL statement on a case file through a connection of its own.
bool editCase(const QString &caseFile, const QString &sql)
{
    const QString name = QStringLiteral("tst_report_edit");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(caseFile);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql) && q.numRowsAffected() >= 1;
            if (!ok) {
                qWarning() << q.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// One column of the rows a query returns.
QStringList queryCase(const QString &caseFile, const QString &sql)
{
    const QString name = QStringLiteral("tst_report_query");
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(caseFile);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next()) {
                    out << q.value(0).toString();
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// Lines of `case verify` with this result: "#ID RESULT PATH".
qsizetype verifyLines(const test::Run &run, const char *result)
{
    const QRegularExpression line(QStringLiteral("^#\\d+ ") + QLatin1String(result) + QStringLiteral(" /"),
                                  QRegularExpression::MultilineOption);
    qsizetype n = 0;
    for (auto it = line.globalMatch(QString::fromUtf8(run.out)); it.hasNext(); it.next()) {
        ++n;
    }
    return n;
}

QString allOutput(const test::Run &run)
{
    return QString::fromUtf8(run.out + run.err);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DemoCase m_case;
    Analysis m_analysis;
    CaseSnapshot m_snapshot;

    Report build(const ReportOptions &options = {}) const
    {
        return ReportBuilder::build(m_analysis, m_snapshot, at(options));
    }

    QString html(const ReportOptions &options = {}) const
    {
        return ReportHtml::write(build(options));
    }

    // A case made with the CLI in dir/name: new, then add the four demo copies.
    bool cliCase(const QString &name, QString *caseFile, QStringList *evidence) const
    {
        const QString root = m_dir.filePath(name);
        *evidence = copyDemo(root);
        *caseFile = root + QStringLiteral("/cli.dscase");
        const test::Run created = test::runCli({QStringLiteral("case"), QStringLiteral("new"), *caseFile,
                                                QStringLiteral("--number"), QString::fromLatin1(CaseNumber),
                                                QStringLiteral("--examiner"), QString::fromLatin1(Examiner)});
        if (created.code != 0) {
            qWarning() << created.describe();
            return false;
        }
        const test::Run added = test::runCli(QStringList{QStringLiteral("case"), QStringLiteral("add"), *caseFile} + *evidence);
        if (added.code != 0) {
            qWarning() << added.describe();
            return false;
        }
        for (const QString &e : *evidence) {
            if (!added.out.contains(sha256Of(e).toLatin1())) {
                qWarning() << "case add does not print the SHA-256 of" << e;
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
        QVERIFY(m_case.make(m_dir.filePath(QStringLiteral("demo"))));
        m_analysis = m_case.analyse();
        QVERIFY(m_analysis.anyEvidenceRead());
        QVERIFY(!m_analysis.findings.empty());
        m_snapshot = m_case.store->snapshot();
        QVERIFY(m_snapshot.chain.ok);
        for (const QString &path : plantedPaths()) {
            const bool found = std::any_of(m_analysis.findings.begin(), m_analysis.findings.end(),
                                           [&path](const Finding &f) { return f.path == path; });
            QVERIFY2(found, qPrintable(path));
        }
    }

    void reportModel()
    {
        const Report r = build();
        QVERIFY(QRegularExpression(QStringLiteral("^DSR-[0-9A-F]{16}$")).match(r.id).hasMatch());
        QCOMPARE(r.generated, QStringLiteral("2026-12-01T09:30:00Z"));
        QCOMPARE(r.findings.size(), m_analysis.findings.size());
        QCOMPARE(r.omittedFindings, 0);
        QVERIFY(r.caseData);
        QCOMPARE(r.caseData->info.number, QString::fromLatin1(CaseNumber));
        QVERIFY(!r.evidenceProblem());
        // Another time is another report.
        ReportOptions later;
        later.generated = fixedTime().addSecs(60);
        QVERIFY(ReportBuilder::build(m_analysis, m_snapshot, later).id != r.id);
    }

    void htmlNamesCaseEvidenceAndFindings()
    {
        const Report r = build();
        const QString h = ReportHtml::write(r);
        QVERIFY(h.contains(QStringLiteral("<td>%1</td>").arg(QString::fromLatin1(CaseNumber))));
        QVERIFY(h.contains(QStringLiteral("<td>%1</td>").arg(QString::fromLatin1(Examiner))));
        QVERIFY(h.contains(QStringLiteral("<td class=\"mono\">") + r.id + QStringLiteral("</td>")));
        QVERIFY(h.contains(QStringLiteral("End of report %1.").arg(r.id)));

        const QString evidence = sectionOf(h, QStringLiteral("evidence"));
        QVERIFY(!evidence.isEmpty());
        for (const QString &path : m_case.evidence) {
            QVERIFY2(evidence.contains(QStringLiteral("SHA-256 ") + sha256Of(path)), qPrintable(path));
            QVERIFY2(evidence.contains(QStringLiteral("SHA-1 ") + digest(path, QCryptographicHash::Sha1)), qPrintable(path));
            QVERIFY2(evidence.contains(QStringLiteral("MD5 ") + digest(path, QCryptographicHash::Md5)), qPrintable(path));
        }
        QCOMPARE(count(evidence, QStringLiteral(">same digest \\(item \\d+\\)<")), int(m_case.evidence.size()));

        const QString findings = sectionOf(h, QStringLiteral("findings"));
        for (const QString &path : plantedPaths()) {
            QVERIFY2(findings.contains(ReportHtml::escape(path)), qPrintable(path));
        }
        QCOMPARE(count(findings, QStringLiteral("class=\"finding\"")), int(r.findings.size()));

        const QStringList names = ReportOptions::sectionNames();
        QCOMPARE(names.size(), sectionTitles().size());
        for (qsizetype i = 0; i < names.size(); ++i) {
            QVERIFY2(h.contains(QStringLiteral("<a name=\"sec-") + names.at(i) + QStringLiteral("\"></a>")
                                + ReportHtml::escape(sectionTitles().at(i)) + QStringLiteral("</h2>")),
                     qPrintable(names.at(i)));
            QVERIFY(h.contains(QStringLiteral("<a href=\"#sec-") + names.at(i) + u'"'));
        }
        QVERIFY(h.contains(QStringLiteral("The hash chain of all %1 entries is intact.").arg(m_snapshot.audit.size())));
    }

    void htmlIsBalancedAndLoadsNothing()
    {
        const QString h = html();
        for (const char *tag : {"table", "tr", "td", "th"}) {
            const QString t = QString::fromLatin1(tag);
            const int open = count(h, QStringLiteral("<") + t + QStringLiteral("[\\s>]"));
            QVERIFY2(open > 0, tag);
            QCOMPARE(open, count(h, QStringLiteral("</") + t + u'>'));
        }
        QCOMPARE(count(h, QStringLiteral("<script")), 0);
        QCOMPARE(count(h, QStringLiteral("\\ssrc\\s*=")), 0);
        QCOMPARE(count(h, QStringLiteral("href\\s*=\\s*\"(?!#)")), 0); // in-document links only
        QCOMPARE(count(h, QStringLiteral("<(img|iframe|object|embed|link)[\\s>]")), 0);
    }

    void htmlEscapesHostileNames()
    {
        const Analysis a = hostileAnalysis();
        const QString h = ReportHtml::write(ReportBuilder::build(a, std::nullopt, at({})));
        QCOMPARE(count(h, QStringLiteral("<script")), 0);
        QCOMPARE(count(h, QStringLiteral("<img")), 0);
        QVERIFY(h.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(h.contains(QStringLiteral("&lt;img src=&quot;x&quot;")));
        QVERIFY(h.contains(QStringLiteral("none (evidence reported without a case file)")));
    }

    void pdfPages()
    {
        if (!havePoppler()) {
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed");
        }
        const Report r = build();
        const QString path = m_dir.filePath(QStringLiteral("report-a4.pdf"));
        const ReportFile file = ReportWriter::write(r, ReportWriter::Format::Pdf, path);
        QVERIFY2(file.ok, qPrintable(file.error));
        QCOMPARE(file.format, QStringLiteral("pdf"));
        QCOMPARE(file.sha256, sha256Of(path));
        QVERIFY(readAll(path).startsWith("%PDF-"));

        const QStringList pages = pagesOf(path);
        QVERIFY2(pages.size() > 1, qPrintable(QString::number(pages.size())));
        const QString all = pages.join(u' ');
        QVERIFY(all.contains(QString::fromLatin1(CaseNumber)));
        QVERIFY(all.contains(QString::fromLatin1(Examiner)));
        QVERIFY(all.contains(QStringLiteral("Page 1 of %1").arg(pages.size())));
        QVERIFY(all.contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
        QVERIFY(all.contains(QStringLiteral("/tmp/.X11-unix/.x/xmrig")));
        // Long digests may wrap inside their table cell.
        QVERIFY(withoutSpaces(all).contains(sha256Of(m_case.evidence.constFirst())));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages.at(i).contains(QStringLiteral("Case %1 · Report %2").arg(QString::fromLatin1(CaseNumber), r.id)),
                     qPrintable(QStringLiteral("page %1").arg(i + 1)));
        }

        QCOMPARE(pageSizeOf(path), QSize(595, 842));
        const Tool info = runTool(QStringLiteral("pdfinfo"), {path});
        QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages.size()))));

        const QStringList embedded = embeddedColumn(path);
        QVERIFY(!embedded.isEmpty());
        for (const QString &e : embedded) {
            QCOMPARE(e, QStringLiteral("yes"));
        }
    }

    // A heading that would be a page's last line moves to the next page with its table; one
    // with room below it stays.
    void headingsStayWithWhatTheyHead()
    {
        const QSizeF page(600, 800);
        const double margin = 50, reserve = 60;
        auto layOut = [&](QTextDocument &doc, int paragraphs) {
            QString html;
            for (int i = 0; i < paragraphs; ++i) {
                html += QStringLiteral("<p>paragraph %1</p>").arg(i);
            }
            html += QStringLiteral("<h3>Finding</h3><table><tr><td>rule</td><td>FC-01</td></tr></table>");
            doc.setHtml(html);
            doc.setPageSize(page);
        };
        auto heading = [](const QTextDocument &doc) {
            for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
                if (b.blockFormat().headingLevel() == 3) {
                    return b;
                }
            }
            return QTextBlock();
        };
        int atFoot = -1;
        for (int n = 1; n < 200 && atFoot < 0; ++n) {
            QTextDocument doc;
            layOut(doc, n);
            const QRectF r = doc.documentLayout()->blockBoundingRect(heading(doc));
            if (r.bottom() < page.height() - margin && r.bottom() + reserve > page.height() - margin) {
                atFoot = n;
            }
        }
        QVERIFY(atFoot > 0);
        QTextDocument foot;
        layOut(foot, atFoot);
        QCOMPARE(PageFlow::keepHeadingsWithNext(foot, margin, reserve), 1);
        QVERIFY(foot.documentLayout()->blockBoundingRect(heading(foot)).top() >= page.height());
        QTextDocument middle;
        layOut(middle, atFoot / 3);
        QCOMPARE(PageFlow::keepHeadingsWithNext(middle, margin, reserve), 0);
        QVERIFY(middle.documentLayout()->blockBoundingRect(heading(middle)).bottom() < page.height());
    }

    void pdfLetter()
    {
        if (!havePoppler()) {
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed");
        }
        ReportOptions options;
        options.pageSize = ReportOptions::PageSize::Letter;
        const QString path = m_dir.filePath(QStringLiteral("report-letter.pdf"));
        const ReportFile file = ReportWriter::write(build(options), ReportWriter::Format::Pdf, path);
        QVERIFY2(file.ok, qPrintable(file.error));
        QCOMPARE(pageSizeOf(path), QSize(612, 792));
    }

    void json()
    {
        const Report r = build();
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(ReportJson::write(r), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("dockscope.analysis/1"));
        QCOMPARE(root.value(QStringLiteral("findings")).toArray().size(), qsizetype(m_analysis.findings.size()));

        const QJsonObject report = root.value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("schema")).toString(), QStringLiteral("dockscope.report/1"));
        QCOMPARE(report.value(QStringLiteral("id")).toString(), r.id);
        QCOMPARE(report.value(QStringLiteral("generated")).toString(), r.generated);
        QCOMPARE(report.value(QStringLiteral("resultSha256")).toString(), r.resultSha256);
        QCOMPARE(report.value(QStringLiteral("findings")).toArray().size(), qsizetype(r.findings.size()));
        QCOMPARE(report.value(QStringLiteral("evidenceVerificationFailed")).toBool(true), false);
        QCOMPARE(report.value(QStringLiteral("options")).toObject().value(QStringLiteral("pageSize")).toString(),
                 QStringLiteral("a4"));

        const QJsonObject c = root.value(QStringLiteral("case")).toObject();
        QCOMPARE(c.value(QStringLiteral("number")).toString(), QString::fromLatin1(CaseNumber));
        QCOMPARE(c.value(QStringLiteral("examiner")).toString(), QString::fromLatin1(Examiner));
        const QJsonArray evidence = c.value(QStringLiteral("evidence")).toArray();
        QCOMPARE(evidence.size(), m_case.evidence.size());
        for (const QJsonValue &v : evidence) {
            const QJsonObject e = v.toObject();
            const QString path = e.value(QStringLiteral("path")).toString();
            QVERIFY2(m_case.evidence.contains(path), qPrintable(path));
            QCOMPARE(e.value(QStringLiteral("sha256")).toString(), sha256Of(path));
            QCOMPARE(e.value(QStringLiteral("md5")).toString(), digest(path, QCryptographicHash::Md5));
            QCOMPARE(e.value(QStringLiteral("verification")).toString(), QStringLiteral("match"));
        }
        const QJsonArray audit = c.value(QStringLiteral("audit")).toArray();
        QCOMPARE(audit.size(), qsizetype(m_snapshot.audit.size()));
        // case.create, 4 × evidence.add, 4 × evidence.verify, analysis.run
        QVERIFY(audit.size() >= 10);
        QCOMPARE(audit.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("case.create"));
        QCOMPARE(audit.first().toObject().value(QStringLiteral("prevHash")).toString(), CaseStore::genesisHash());
        const QJsonObject chain = c.value(QStringLiteral("auditChain")).toObject();
        QCOMPARE(chain.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(chain.value(QStringLiteral("entries")).toInteger(), qint64(audit.size()));
        QVERIFY(chain.value(QStringLiteral("brokenEntry")).isNull());
    }

    void csv()
    {
        const Report r = build();
        const QByteArray bytes = ReportCsv::write(r);
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QStringList> rows = parseCsv(bytes);
        QVERIFY(!rows.isEmpty());
        const QStringList header = rows.constFirst();
        QCOMPARE(header.join(u','), QStringLiteral("message,datetime,timestamp_desc,timestamp,record,severity,rule,"
                                                   "container,image,layer,path,line,sha256,source,evidence,finding"));
        const qsizetype record = header.indexOf(QStringLiteral("record"));
        const qsizetype path = header.indexOf(QStringLiteral("path"));
        std::map<QString, int> byRecord;
        QStringList findingPaths;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows.at(i).size(), header.size());
            ++byRecord[rows.at(i).at(record)];
            if (rows.at(i).at(record) == u"finding") {
                findingPaths << rows.at(i).at(path);
            }
        }
        std::size_t changes = 0;
        for (const Container &c : m_analysis.containers) {
            changes += c.changes.size();
        }
        QVERIFY(changes > 0);
        QVERIFY(!m_analysis.timeline.empty());
        QCOMPARE(byRecord.size(), std::size_t(3));
        QCOMPARE(std::size_t(byRecord[QStringLiteral("finding")]), r.findings.size());
        QCOMPARE(std::size_t(byRecord[QStringLiteral("change")]), changes);
        // The CSV holds the whole timeline, also beyond the HTML's limit.
        QCOMPARE(r.omittedTimelineEvents, 0);
        QCOMPARE(std::size_t(byRecord[QStringLiteral("timeline")]), r.timeline.size());
        QCOMPARE(std::size_t(rows.size() - 1), r.findings.size() + changes + r.timeline.size());
        for (const QString &p : plantedPaths()) {
            QVERIFY2(findingPaths.contains(p), qPrintable(p));
        }
    }

    void csvDefusesFormulas()
    {
        const Analysis a = hostileAnalysis();
        const QList<QStringList> rows = parseCsv(ReportCsv::write(ReportBuilder::build(a, std::nullopt, at({}))));
        QCOMPARE(rows.size(), qsizetype(4)); // header, finding, change, timeline
        const QStringList header = rows.at(0);
        const auto col = [&header](const char *name) { return header.indexOf(QString::fromLatin1(name)); };
        const QStringList finding = rows.at(1);
        QCOMPARE(finding.at(col("record")), QStringLiteral("finding"));
        QCOMPARE(finding.at(col("path")), QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(finding.at(col("source")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(finding.at(col("evidence")), QStringLiteral("/evidence/=cmd.tar")); // not at the start
        QCOMPARE(finding.at(col("rule")), QStringLiteral("FS-01"));
        QVERIFY(finding.at(col("message")).startsWith(QStringLiteral("FS-01: <script>alert(1)</script>, \"quoted\"")));
        QCOMPARE(rows.at(2).at(col("record")), QStringLiteral("change"));
        QCOMPARE(rows.at(2).at(col("path")), QStringLiteral("'+evil"));
        QCOMPARE(rows.at(2).at(col("message")), QStringLiteral("A +evil"));
        QCOMPARE(rows.at(3).at(col("record")), QStringLiteral("timeline"));
        QCOMPARE(rows.at(3).at(col("message")), QStringLiteral("'-2+3"));
        QCOMPARE(rows.at(3).at(col("path")), QStringLiteral("/srv/www/a-b.php"));
    }

    void minimumSeverity()
    {
        ReportOptions options;
        options.minSeverity = Severity::High;
        const Report r = build(options);
        int lower = 0;
        for (const Finding &f : m_analysis.findings) {
            lower += int(f.severity) > int(Severity::High) ? 1 : 0;
        }
        QVERIFY2(lower > 0, "the demo has medium, low or info findings");
        QVERIFY(!r.findings.empty());
        QCOMPARE(r.omittedFindings, lower);
        QCOMPARE(r.findings.size() + std::size_t(lower), m_analysis.findings.size());
        for (const Finding &f : r.findings) {
            QVERIFY2(f.severity == Severity::Critical || f.severity == Severity::High, qPrintable(f.id));
        }
        const QString h = ReportHtml::write(r);
        const QString findings = sectionOf(h, QStringLiteral("findings"));
        QCOMPARE(count(findings, QStringLiteral("class=\"finding\"")), int(r.findings.size()));
        QVERIFY(findings.contains(QStringLiteral("%1 finding(s) left out by the report options").arg(lower)));
        QVERIFY(sectionOf(h, QStringLiteral("limitations"))
                    .contains(QStringLiteral("%1 finding(s) are not in this report because of its options.").arg(lower)));
        QCOMPARE(count(findings, QStringLiteral("<span class=\"(medium|low|info)\">")), 0);
    }

    void taggedOnly()
    {
        // A finding whose key is its own (no other finding shares it).
        std::map<QString, int> keys;
        for (const Finding &f : m_analysis.findings) {
            ++keys[CaseTargets::findingKey(f)];
        }
        const Finding *chosen = nullptr;
        for (const Finding &f : m_analysis.findings) {
            if (keys[CaseTargets::findingKey(f)] == 1 && f.path == plantedPaths().constFirst()) {
                chosen = &f;
            }
        }
        QVERIFY(chosen);
        CaseTag tag;
        tag.targetType = QStringLiteral("finding");
        tag.target = CaseTargets::findingKey(*chosen);
        tag.label = QStringLiteral("miner");
        tag.comment = QStringLiteral("copy of BusyBox posing as XMRig");
        tag.title = chosen->title;
        QVERIFY(m_case.store->addTag(tag) > 0);
        const CaseSnapshot tagged = m_case.store->snapshot();

        ReportOptions options;
        options.taggedOnly = true;
        const Report r = ReportBuilder::build(m_analysis, tagged, at(options));
        QCOMPARE(r.findings.size(), std::size_t(1));
        QCOMPARE(r.findings.front().id, chosen->id);
        QCOMPARE(std::size_t(r.omittedFindings), m_analysis.findings.size() - 1);
        const QString h = ReportHtml::write(r);
        const QString findings = sectionOf(h, QStringLiteral("findings"));
        QCOMPARE(count(findings, QStringLiteral("class=\"finding\"")), 1);
        QVERIFY(findings.contains(ReportHtml::escape(QStringLiteral("miner (%1): copy of BusyBox posing as XMRig")
                                                         .arg(QString::fromLatin1(Examiner)))));
        const QJsonObject report = QJsonDocument::fromJson(ReportJson::write(r)).object().value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("findings")).toArray(), QJsonArray{chosen->id});
        QCOMPARE(report.value(QStringLiteral("options")).toObject().value(QStringLiteral("taggedOnly")).toBool(), true);
        // Tagged only on the untagged snapshot: nothing is left.
        QCOMPARE(build(options).findings.size(), std::size_t(0));
    }

    void sectionsSwitchedOff()
    {
        ReportOptions options;
        options.excluded = {ReportSection::Timeline, ReportSection::Audit, ReportSection::Checklist};
        const QString h = html(options);
        for (const char *name : {"timeline", "audit", "checklist"}) {
            QVERIFY2(!h.contains(QStringLiteral("sec-") + QLatin1String(name)), name);
        }
        QVERIFY(!h.contains(QStringLiteral(">Timeline</h2>")));
        QVERIFY(!h.contains(QStringLiteral("Appendix: audit log</h2>")));
        QVERIFY(!h.contains(QStringLiteral("Security checklist</h2>")));
        QVERIFY(!h.contains(QStringLiteral("The hash chain of all")));
        // The rest is there, and the methodology says what was left out.
        for (const char *name : {"summary", "evidence", "methodology", "findings", "layers", "changes", "notes", "limitations"}) {
            QVERIFY2(h.contains(QStringLiteral("name=\"sec-") + QLatin1String(name) + u'"'), name);
        }
        QVERIFY(sectionOf(h, QStringLiteral("methodology")).contains(QStringLiteral("Sections left out")));

        const QJsonObject json = QJsonDocument::fromJson(ReportJson::write(build(options))).object();
        const QJsonArray sections = json.value(QStringLiteral("report")).toObject().value(QStringLiteral("options"))
                                        .toObject().value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.size(), ReportOptions::sectionNames().size() - 3);
        QVERIFY(!sections.contains(QStringLiteral("timeline")));
    }

    void deterministic()
    {
        // The same evidence analysed again, the same case and time: the same bytes.
        const Report first = build();
        const Analysis again = Analyzer::run(CaseActions::evidencePaths(*m_case.store), AnalyzeOptions{});
        const Report second = ReportBuilder::build(again, m_snapshot, at({}));
        QCOMPARE(second.id, first.id);
        for (const auto format : {ReportWriter::Format::Html, ReportWriter::Format::Json, ReportWriter::Format::Csv}) {
            const QByteArray a = ReportWriter::render(first, format);
            QVERIFY(!a.isEmpty());
            QVERIFY2(a == ReportWriter::render(second, format), qPrintable(ReportWriter::formatName(format)));
        }

        // SOURCE_DATE_EPOCH stands in for an unset time.
        qputenv("SOURCE_DATE_EPOCH", QByteArray::number(fixedTime().toSecsSinceEpoch()));
        const Report fromEpoch = ReportBuilder::build(m_analysis, m_snapshot, {});
        const Report fromEpochAgain = ReportBuilder::build(m_analysis, m_snapshot, {});
        qunsetenv("SOURCE_DATE_EPOCH");
        QCOMPARE(fromEpoch.generated, QStringLiteral("2026-12-01T09:30:00Z"));
        QCOMPARE(fromEpoch.id, first.id);
        QCOMPARE(ReportJson::write(fromEpoch), ReportJson::write(fromEpochAgain));
        QCOMPARE(ReportJson::write(fromEpoch), ReportJson::write(first));
    }

    void tamperedEvidenceShows()
    {
        DemoCase c;
        QVERIFY(c.make(m_dir.filePath(QStringLiteral("tampered"))));
        const QString victim = c.evidence.at(demoNames().indexOf(QStringLiteral("demo-inspect.json")));
        const QString before = sha256Of(victim);
        QVERIFY(flipByte(victim) >= 0);
        QVERIFY(sha256Of(victim) != before);

        qint64 victimId = 0;
        for (const CaseEvidence &e : c.store->evidence()) {
            victimId = e.path == victim ? e.id : victimId;
        }
        QVERIFY(victimId > 0);
        for (const CaseVerification &v : CaseActions::verifyEvidence(*c.store)) {
            QCOMPARE(v.result, v.evidenceId == victimId ? CaseVerification::Result::Mismatch
                                                        : CaseVerification::Result::Match);
            if (v.evidenceId == victimId) {
                QCOMPARE(v.sha256, sha256Of(victim));
            }
        }
        const Analysis analysis = c.analyse();
        const CaseSnapshot snapshot = c.store->snapshot();
        QVERIFY(snapshot.chain.ok); // the case file itself is intact
        QCOMPARE(snapshot.latestVerification(victimId)->result, CaseVerification::Result::Mismatch);

        const Report r = ReportBuilder::build(analysis, snapshot, at({}));
        QVERIFY(r.evidenceProblem());
        const QString h = ReportHtml::write(r);
        QVERIFY(h.contains(QStringLiteral("EVIDENCE VERIFICATION FAILED: at least one evidence item did not "
                                          "match the digests taken at intake.")));
        const QString evidence = sectionOf(h, QStringLiteral("evidence"));
        QVERIFY(evidence.contains(QStringLiteral("<td class=\"bad\">MISMATCH<br>")));
        QVERIFY(evidence.contains(QStringLiteral(">DIFFERENT digest (item %1)<").arg(victimId)));
        QVERIFY(evidence.contains(sha256Of(victim)));
        QCOMPARE(count(evidence, QStringLiteral(">same digest \\(item \\d+\\)<")), int(m_case.evidence.size() - 1));

        const QJsonObject root = QJsonDocument::fromJson(ReportJson::write(r)).object();
        QCOMPARE(root.value(QStringLiteral("report")).toObject().value(QStringLiteral("evidenceVerificationFailed")).toBool(), true);
        for (const QJsonValue &v : root.value(QStringLiteral("case")).toObject().value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e.value(QStringLiteral("verification")).toString(),
                     e.value(QStringLiteral("id")).toInteger() == victimId ? QStringLiteral("mismatch") : QStringLiteral("match"));
        }
    }

    void writerRefusesEvidenceAndCaseFile()
    {
        const Report r = build();
        const QString evidence = m_case.evidence.at(demoNames().indexOf(QStringLiteral("demo-inspect.json")));
        const QString root = QFileInfo(evidence).absolutePath();
        const QString before = sha256Of(evidence);
        const QString symlink = root + QStringLiteral("/link.json");
        QVERIFY(QFile::link(evidence, symlink));
        const QString hardlink = root + QStringLiteral("/hard.json");
        std::error_code error;
        std::filesystem::create_hard_link(QFile::encodeName(evidence).toStdString(),
                                          QFile::encodeName(hardlink).toStdString(), error);
        QVERIFY2(!error, error.message().c_str());
        const std::vector<std::pair<QString, QString>> refused{
            {evidence, QStringLiteral("refusing to write over the evidence ")},
            {root + QStringLiteral("/no-such-dir/../demo-inspect.json"), QStringLiteral("refusing to write over the evidence ")},
            {symlink, QStringLiteral("refusing to write over the evidence ")},
            {hardlink, QStringLiteral("refusing to write over the evidence ")},
            {m_snapshot.path, QStringLiteral("refusing to write over the case file ")},
        };
        for (const auto &[target, why] : refused) {
            const ReportFile file = ReportWriter::write(r, ReportWriter::Format::Html, target);
            QVERIFY2(!file.ok, qPrintable(target));
            QVERIFY2(file.error.startsWith(why), qPrintable(target + QStringLiteral(": ") + file.error));
            QVERIFY(file.sha256.isEmpty());
        }
        QCOMPARE(sha256Of(evidence), before);
        QVERIFY(QFileInfo(symlink).isSymLink());
        Diagnostic problem;
        const auto reopened = CaseStore::open(m_snapshot.path, &problem);
        QVERIFY2(reopened, qPrintable(problem.toString()));
        QVERIFY(reopened->verifyChain().ok);
        // Beside the evidence is fine.
        const ReportFile beside = ReportWriter::write(r, ReportWriter::Format::Csv, root + QStringLiteral("/report.csv"));
        QVERIFY2(beside.ok, qPrintable(beside.error));
        QCOMPARE(beside.sha256, sha256Of(beside.path));
    }

    void writerRefusesEvidenceFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("folder-evidence"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        Analysis a = hostileAnalysis();
        a.evidence.front().path = folder;
        a.evidence.front().kind = QStringLiteral("folder");
        const Report r = ReportBuilder::build(a, std::nullopt, at({}));
        const QStringList inside{folder + QStringLiteral("/report.html"), folder + QStringLiteral("/sub/report.html")};
        for (const QString &target : inside) {
            const ReportFile file = ReportWriter::write(r, ReportWriter::Format::Html, target);
            QVERIFY2(!file.ok, qPrintable(target));
            QVERIFY2(file.error.startsWith(QStringLiteral("refusing to write into the evidence folder ")), qPrintable(file.error));
            QVERIFY(!QFileInfo::exists(target));
        }
        const ReportFile outside = ReportWriter::write(r, ReportWriter::Format::Html, m_dir.filePath(QStringLiteral("folder-report.html")));
        QVERIFY2(outside.ok, qPrintable(outside.error));
    }

    void cliCaseReport()
    {
        QString caseFile;
        QStringList evidence;
        QVERIFY(cliCase(QStringLiteral("cli-flow"), &caseFile, &evidence));
        const test::Run verified = test::runCli({QStringLiteral("case"), QStringLiteral("verify"), caseFile});
        QVERIFY2(verified.code == 0, verified.describe());
        QCOMPARE(verifyLines(verified, "match"), qsizetype(evidence.size()));
        QVERIFY(verified.out.contains("audit log: intact"));

        const QString pdf = QFileInfo(caseFile).absolutePath() + QStringLiteral("/report.pdf");
        const test::Run report = test::runCli({QStringLiteral("case"), QStringLiteral("report"), caseFile,
                                               QStringLiteral("--format"), QStringLiteral("pdf"),
                                               QStringLiteral("--page-size"), QStringLiteral("letter"),
                                               QStringLiteral("-o"), pdf});
        QVERIFY2(report.code == 0, report.describe());
        const QString sha = sha256Of(pdf);
        QCOMPARE(sha.size(), 64);
        QVERIFY2(report.out.contains(QByteArray(QByteArray("sha256 ") + sha.toLatin1())), report.describe());
        QVERIFY(readAll(pdf).startsWith("%PDF-"));

        // Recorded in the case: the reports table and the audit entry carry the file's digest.
        QCOMPARE(queryCase(caseFile, QStringLiteral("SELECT sha256 FROM reports")), QStringList{sha});
        const QStringList details = queryCase(caseFile, QStringLiteral("SELECT details FROM audit WHERE action = 'report.write'"));
        QCOMPARE(details.size(), qsizetype(1));
        const QJsonObject entry = QJsonDocument::fromJson(details.constFirst().toUtf8()).object();
        QCOMPARE(entry.value(QStringLiteral("sha256")).toString(), sha);
        QCOMPARE(entry.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
        QCOMPARE(entry.value(QStringLiteral("path")).toString(), QFileInfo(pdf).absoluteFilePath());
        const test::Run show = test::runCli({QStringLiteral("case"), QStringLiteral("show"), caseFile});
        QVERIFY2(show.code == 0, show.describe());
        QVERIFY(show.out.contains(sha.toLatin1()));
        QVERIFY(show.out.contains("report.write"));
        QVERIFY(show.out.contains("audit log: intact"));
        if (havePoppler()) {
            QCOMPARE(pageSizeOf(pdf), QSize(612, 792));
            const QString reportId = entry.value(QStringLiteral("reportId")).toString();
            QVERIFY(!reportId.isEmpty());
            const QStringList pages = pagesOf(pdf);
            QVERIFY(!pages.isEmpty());
            for (const QString &page : pages) {
                QVERIFY(page.contains(QStringLiteral("Case %1 · Report %2").arg(QString::fromLatin1(CaseNumber), reportId)));
            }
        }
    }

    void cliTamperedEvidence()
    {
        QString caseFile;
        QStringList evidence;
        QVERIFY(cliCase(QStringLiteral("cli-tamper"), &caseFile, &evidence));
        const QString victim = evidence.at(demoNames().indexOf(QStringLiteral("demo-json.log")));
        const QByteArray original = readAll(victim);
        QVERIFY(flipByte(victim) >= 0);
        const test::Run bad = test::runCli({QStringLiteral("case"), QStringLiteral("verify"), caseFile});
        QVERIFY2(bad.code == 4, bad.describe());
        const QRegularExpression mismatch(QStringLiteral("^#\\d+ mismatch ") + QRegularExpression::escape(victim) + u' ',
                                          QRegularExpression::MultilineOption);
        QVERIFY2(mismatch.match(QString::fromUtf8(bad.out)).hasMatch(), bad.describe());
        QCOMPARE(verifyLines(bad, "mismatch"), qsizetype(1));
        QCOMPARE(verifyLines(bad, "match"), qsizetype(evidence.size() - 1));
        QVERIFY(bad.out.contains("audit log: intact")); // the case file itself is fine

        // Put back, it verifies again; the failure stays in the case.
        QFile f(victim);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(original), original.size());
        f.close();
        const test::Run good = test::runCli({QStringLiteral("case"), QStringLiteral("verify"), caseFile});
        QVERIFY2(good.code == 0, good.describe());
        QCOMPARE(queryCase(caseFile, QStringLiteral("SELECT result FROM verifications WHERE result = 'mismatch'")).size(), qsizetype(1));
    }

    void cliEditedAuditLog()
    {
        QString caseFile;
        QStringList evidence;
        QVERIFY(cliCase(QStringLiteral("cli-audit"), &caseFile, &evidence));
        // Entry 3 is the intake of the second item; its examiner is changed behind the case's back.
        QVERIFY(editCase(caseFile, QStringLiteral("UPDATE audit SET examiner = 'Mallory' WHERE seq = 3")));
        const test::Run run = test::runCli({QStringLiteral("case"), QStringLiteral("verify"), caseFile});
        QVERIFY2(run.code == 4, run.describe());
        QVERIFY2(run.out.contains("audit log: BROKEN at entry 3: entry 3 was changed after it was written"),
                 run.describe());
        QCOMPARE(verifyLines(run, "match"), qsizetype(evidence.size())); // the evidence itself is fine
        const test::Run show = test::runCli({QStringLiteral("case"), QStringLiteral("show"), caseFile});
        QCOMPARE(show.code, 4);
        QVERIFY(show.out.contains("BROKEN at entry 3"));
    }

    void cliReportWithoutCase()
    {
        const QStringList evidence = copyDemo(m_dir.filePath(QStringLiteral("cli-nocase")));
        QCOMPARE(evidence.size(), demoNames().size());
        const QString out = m_dir.filePath(QStringLiteral("cli-nocase/report.html"));
        const test::Run run = test::runCli(QStringList{QStringLiteral("report"), QStringLiteral("--format"),
                                                       QStringLiteral("html"), QStringLiteral("-o"), out}
                                           + evidence);
        QVERIFY2(run.code == 0, run.describe());
        const QString h = QString::fromUtf8(readAll(out));
        QVERIFY(h.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(run.out.contains(QByteArray(QByteArray("sha256 ") + sha256Of(out).toLatin1())));
        QVERIFY(h.contains(QStringLiteral("none (evidence reported without a case file)")));
        QVERIFY(h.contains(QStringLiteral("No case file, so no audit log.")));
        for (const QString &e : evidence) {
            QVERIFY2(h.contains(QStringLiteral("sha256:") + sha256Of(e)), qPrintable(e));
        }
    }

    void cliRefusesToWriteOverEvidence()
    {
        QString caseFile;
        QStringList evidence;
        QVERIFY(cliCase(QStringLiteral("cli-refuse"), &caseFile, &evidence));
        const QString target = evidence.at(demoNames().indexOf(QStringLiteral("demo-inspect.json")));
        const QString before = sha256Of(target);

        const test::Run plain = test::runCli(QStringList{QStringLiteral("report"), QStringLiteral("--format"),
                                                         QStringLiteral("html"), QStringLiteral("-o"), target}
                                             + evidence);
        QVERIFY2(plain.code != 0 && plain.code != 1, plain.describe());
        QVERIFY2(allOutput(plain).contains(QStringLiteral("refusing to write over the evidence")), plain.describe());
        QCOMPARE(sha256Of(target), before);

        const test::Run inCase = test::runCli({QStringLiteral("case"), QStringLiteral("report"), caseFile,
                                               QStringLiteral("--format"), QStringLiteral("json"),
                                               QStringLiteral("-o"), target});
        QVERIFY2(inCase.code != 0 && inCase.code != 1, inCase.describe());
        QVERIFY2(allOutput(inCase).contains(QStringLiteral("refusing to write over the evidence")), inCase.describe());
        QCOMPARE(sha256Of(target), before);
        // Nor through a symbolic link, nor over the case file.
        const QString link = QFileInfo(caseFile).absolutePath() + QStringLiteral("/link.json");
        QVERIFY(QFile::link(target, link));
        for (const QString &to : QStringList{link, caseFile}) {
            const test::Run run = test::runCli({QStringLiteral("case"), QStringLiteral("report"), caseFile,
                                                QStringLiteral("--format"), QStringLiteral("html"),
                                                QStringLiteral("-o"), to});
            QVERIFY2(run.code == 2, run.describe());
            QVERIFY2(allOutput(run).contains(QStringLiteral("refusing to write over the")), run.describe());
        }
        QCOMPARE(sha256Of(target), before);
        QVERIFY(queryCase(caseFile, QStringLiteral("SELECT id FROM reports")).isEmpty());
        QCOMPARE(test::runCli({QStringLiteral("case"), QStringLiteral("verify"), caseFile}).code, 0);
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
