// The case file: creation and reopening, intake digests, verification and tampering, notes and
// tags, and the hash-chained audit log, including edits made behind Dockscope's back with SQL.

#include "analysis/analyzer.h"
#include "case/caseactions.h"
#include "case/casestore.h"
#include "case/casetargets.h"
#include "case/evidenceintake.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dockscope;

namespace {

CaseInfo sampleInfo()
{
    CaseInfo info;
    info.number = QStringLiteral("2026-042");
    info.name = QStringLiteral("Web shop");
    info.examiner = QStringLiteral("A. Example");
    info.organisation = QStringLiteral("CERT Example");
    info.description = QStringLiteral("Compromised container on web-01");
    info.timeZone = QStringLiteral("Europe/Berlin");
    return info;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QString hexOf(const QByteArray &bytes, QCryptographicHash::Algorithm a)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, a).toHex());
}

// Runs one SQL statement on the case file through a connection of its own, as someone
// editing the file with sqlite3 would.
void tamper(const QString &caseFile, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(caseFile);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY(q.numRowsAffected() >= 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

} // namespace

class TestCase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A case with two evidence files and one verification each: 1 create + 2 add + 2 verify.
    std::unique_ptr<CaseStore> makeCase(const QString &name)
    {
        const QString root = m_dir.filePath(name);
        QDir().mkpath(root);
        writeFile(root + QStringLiteral("/a.bin"), QByteArray("first evidence item\n"));
        writeFile(root + QStringLiteral("/b.log"), QByteArray("{\"log\":\"x\\n\"}\n"));
        Diagnostic error;
        auto store = CaseStore::create(root + QStringLiteral("/case.dscase"), sampleInfo(), &error);
        if (!store) {
            qWarning() << error.toString();
            return nullptr;
        }
        const auto added = CaseActions::addEvidence(*store, {root + QStringLiteral("/a.bin"),
                                                             root + QStringLiteral("/b.log")});
        for (const auto &a : added) {
            if (a.id == 0) {
                qWarning() << a.error;
                return nullptr;
            }
        }
        CaseActions::verifyEvidence(*store);
        return store;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")));
    }

    void createsAndReopens()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/case one.dscase"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        Diagnostic error;
        {
            auto store = CaseStore::create(path, sampleInfo(), &error);
            QVERIFY2(store, qPrintable(error.toString()));
            QCOMPARE(store->folder(), m_dir.filePath(QStringLiteral("new/case one-files")));
            QVERIFY(QFileInfo(store->folder()).isDir());
        }
        auto store = CaseStore::open(path, &error);
        QVERIFY2(store, qPrintable(error.toString()));
        const CaseInfo info = store->info();
        QCOMPARE(info.number, QStringLiteral("2026-042"));
        QCOMPARE(info.name, QStringLiteral("Web shop"));
        QCOMPARE(info.examiner, QStringLiteral("A. Example"));
        QCOMPARE(info.organisation, QStringLiteral("CERT Example"));
        QCOMPARE(info.timeZone, QStringLiteral("Europe/Berlin"));
        QCOMPARE(info.schemaVersion, CaseStore::SchemaVersion);
        QCOMPARE(info.uuid.size(), 36);
        QVERIFY(!info.created.isEmpty());
        const auto log = store->auditLog();
        QCOMPARE(log.size(), std::size_t(1));
        QCOMPARE(log.front().action, QStringLiteral("case.create"));
        QCOMPARE(log.front().prevHash, CaseStore::genesisHash());
        QCOMPARE(log.front().hash, CaseStore::entryHash(log.front()));
        QVERIFY(store->verifyChain().ok);

        CaseInfo changed = info;
        changed.description = QStringLiteral("Also web-02");
        QVERIFY(store->updateInfo(changed));
        QCOMPARE(store->info().description, QStringLiteral("Also web-02"));
        const AuditEntry edit = store->auditLog().back();
        QCOMPARE(edit.action, QStringLiteral("case.edit"));
        QVERIFY2(edit.details.contains(QStringLiteral("Also web-02")), qPrintable(edit.details));
        QVERIFY(!edit.details.contains(QStringLiteral("organisation"))); // only what changed
    }

    void refusesOverwriteAndForeignFiles()
    {
        const QString existing = m_dir.filePath(QStringLiteral("existing.dscase"));
        writeFile(existing, QByteArray("not a database"));
        Diagnostic error;
        QVERIFY(!CaseStore::create(existing, sampleInfo(), &error));
        QVERIFY(error.message().contains(QStringLiteral("never overwritten")));
        QCOMPARE(QFile(existing).size(), qint64(14)); // untouched

        QVERIFY(!CaseStore::open(existing, &error));
        QVERIFY2(error.message().contains(QStringLiteral("not a Dockscope case")), qPrintable(error.message()));
        QVERIFY(!CaseStore::open(m_dir.filePath(QStringLiteral("missing.dscase")), &error));
        QVERIFY(error.message().contains(QStringLiteral("no such case file")));

        // An SQLite database of someone else's.
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!CaseStore::open(other, &error));
        QVERIFY(error.message().contains(QStringLiteral("not a Dockscope case")));
    }

    void intakeTakesThreeDigests()
    {
        const QByteArray bytes = QByteArray("evidence bytes\n").repeated(100000);
        const QString file = m_dir.filePath(QStringLiteral("intake/image.bin"));
        writeFile(file, bytes);
        const EvidenceIntake::Result r = EvidenceIntake::intake(file, QStringLiteral("seized 10:40"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.item.sha256, hexOf(bytes, QCryptographicHash::Sha256));
        QCOMPARE(r.item.sha1, hexOf(bytes, QCryptographicHash::Sha1));
        QCOMPARE(r.item.md5, hexOf(bytes, QCryptographicHash::Md5));
        QCOMPARE(r.item.sizeBytes, qint64(bytes.size()));
        QCOMPARE(r.item.notes, QStringLiteral("seized 10:40"));
        QVERIFY(QFileInfo(r.item.path).isAbsolute());

        // A folder: digests over its sorted listing; the SHA-256 is the one the analysis gives.
        const QString folder = m_dir.filePath(QStringLiteral("intake/folder"));
        writeFile(folder + QStringLiteral("/b.txt"), "bee\n");
        writeFile(folder + QStringLiteral("/a/c.txt"), "sea\n");
        const EvidenceIntake::Result f = EvidenceIntake::intake(folder);
        QVERIFY2(f.ok, qPrintable(f.error));
        QVERIFY(f.item.folder);
        QCOMPARE(f.item.sizeBytes, qint64(8));
        const QByteArray listing = hexOf("sea\n", QCryptographicHash::Sha256).toLatin1() + "  a/c.txt\n"
            + hexOf("bee\n", QCryptographicHash::Sha256).toLatin1() + "  b.txt\n";
        QCOMPARE(f.item.sha256, hexOf(listing, QCryptographicHash::Sha256));
        const QByteArray md5Listing = hexOf("sea\n", QCryptographicHash::Md5).toLatin1() + "  a/c.txt\n"
            + hexOf("bee\n", QCryptographicHash::Md5).toLatin1() + "  b.txt\n";
        QCOMPARE(f.item.md5, hexOf(md5Listing, QCryptographicHash::Md5));
        AnalyzeOptions options;
        options.detections = false;
        const Analysis a = Analyzer::run({folder}, options);
        QCOMPARE(a.evidence.size(), std::size_t(1));
        QCOMPARE(a.evidence.front().sha256, QStringLiteral("sha256:") + f.item.sha256);

        const EvidenceIntake::Result missing = EvidenceIntake::intake(m_dir.filePath(QStringLiteral("nothing")));
        QVERIFY(!missing.ok);
        QVERIFY(!missing.error.isEmpty());
    }

    void addRefusesDuplicates()
    {
        auto store = makeCase(QStringLiteral("dup"));
        QVERIFY(store);
        const auto again = CaseActions::addEvidence(*store, {m_dir.filePath(QStringLiteral("dup/a.bin"))});
        QCOMPARE(again.size(), std::size_t(1));
        QCOMPARE(again.front().id, qint64(0));
        QVERIFY(again.front().error.contains(QStringLiteral("already")));
        QCOMPARE(store->evidence().size(), std::size_t(2));
    }

    void verificationFindsTamperingAndKeepsIt()
    {
        auto store = makeCase(QStringLiteral("tamper"));
        QVERIFY(store);
        const auto items = store->evidence();
        QCOMPARE(items.size(), std::size_t(2));
        QCOMPARE(store->verifications().size(), std::size_t(2));
        for (const CaseVerification &v : store->verifications()) {
            QCOMPARE(v.result, CaseVerification::Result::Match);
        }
        // One byte changed in the first item, the second removed.
        const QString a = items[0].path;
        QFile f(a);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(3);
        f.write("X");
        f.close();
        QVERIFY(QFile::remove(items[1].path));

        const auto results = CaseActions::verifyEvidence(*store);
        QCOMPARE(results.size(), std::size_t(2));
        QCOMPARE(results[0].result, CaseVerification::Result::Mismatch);
        QVERIFY2(results[0].detail.contains(QStringLiteral("SHA-256")), qPrintable(results[0].detail));
        QVERIFY(results[0].detail.contains(QStringLiteral("MD5")));
        QCOMPARE(results[0].sha256, hexOf("firXt evidence item\n", QCryptographicHash::Sha256));
        QCOMPARE(results[1].result, CaseVerification::Result::Missing);

        // Recorded for good: in the verifications, in the audit log, and still after a repair.
        writeFile(a, "first evidence item\n");
        CaseActions::verifyEvidence(*store);
        const CaseSnapshot s = store->snapshot();
        QVERIFY(s.anyVerificationFailed());
        QCOMPARE(s.latestVerification(items[0].id)->result, CaseVerification::Result::Match);
        int mismatches = 0;
        for (const AuditEntry &e : s.audit) {
            if (e.action == u"evidence.verify" && e.details.contains(QStringLiteral("\"mismatch\""))) {
                ++mismatches;
            }
        }
        QCOMPARE(mismatches, 1);
        QVERIFY(s.chain.ok); // a failed verification is a record, not a broken chain
    }

    void notesTagsAndBookmarks()
    {
        auto store = makeCase(QStringLiteral("notes"));
        QVERIFY(store);
        store->setExaminer(QStringLiteral("B. Second"));
        CaseNote note;
        note.text = QStringLiteral("Seized at 10:40 UTC");
        const qint64 noteId = store->addNote(note);
        QVERIFY(noteId > 0);
        Finding finding;
        finding.rule = QStringLiteral("FC-03");
        finding.container = QStringLiteral("d38dc64b");
        finding.path = QStringLiteral("/srv/www/.cache.php");
        finding.line = 1;
        CaseTag tag;
        tag.targetType = QStringLiteral("finding");
        tag.target = CaseTargets::findingKey(finding);
        tag.label = QStringLiteral("webshell");
        tag.comment = QStringLiteral("dropped 20:34");
        tag.title = finding.path;
        const qint64 tagId = store->addTag(tag);
        CaseTag bookmark = tag;
        bookmark.targetType = QStringLiteral("file");
        bookmark.target = CaseTargets::fileKey(QStringLiteral("container:d38dc64b"), QStringLiteral("/etc/passwd"));
        bookmark.label = QStringLiteral("bookmark");
        QVERIFY(store->addTag(bookmark) > 0);
        QCOMPARE(store->tags().size(), std::size_t(2));
        QVERIFY(store->removeTag(tagId));
        QVERIFY(!store->removeTag(tagId)); // only once
        QCOMPARE(store->tags().size(), std::size_t(1));
        QCOMPARE(store->tags().front().label, QStringLiteral("bookmark"));
        QCOMPARE(store->notes().size(), std::size_t(1));
        QCOMPARE(store->notes().front().examiner, QStringLiteral("B. Second"));
        QVERIFY(store->removeNote(noteId));
        QVERIFY(store->notes().empty());
        QStringList actions;
        for (const AuditEntry &e : store->auditLog()) {
            actions << e.action;
        }
        QCOMPARE(actions.mid(5), (QStringList{QStringLiteral("note.add"), QStringLiteral("tag.add"),
                                              QStringLiteral("tag.add"), QStringLiteral("tag.remove"),
                                              QStringLiteral("note.remove")}));
        QCOMPARE(store->auditLog().back().examiner, QStringLiteral("B. Second"));
        QVERIFY(store->verifyChain().ok);

        // The key is the finding's identity, not its place in a result.
        Finding same = finding;
        same.id = QStringLiteral("F-0099");
        same.severity = Severity::Critical;
        QCOMPARE(CaseTargets::findingKey(same), CaseTargets::findingKey(finding));
        same.line = 2;
        QVERIFY(CaseTargets::findingKey(same) != CaseTargets::findingKey(finding));
    }

    void auditChainNamesTheEditedEntry()
    {
        auto store = makeCase(QStringLiteral("chain-edit"));
        QVERIFY(store);
        QVERIFY(store->verifyChain().ok);
        QCOMPARE(store->verifyChain().entries, qint64(5));
        const QString file = store->path();
        tamper(file, QStringLiteral("UPDATE audit SET examiner = 'Mallory' WHERE seq = 3"));
        const ChainCheck check = store->verifyChain();
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenSeq, qint64(3));
        QVERIFY2(check.reason().contains(QStringLiteral("entry 3 was changed")), qPrintable(check.reason()));
    }

    void auditChainFindsRewrittenHashes()
    {
        // Recomputing the edited row's own hash does not help: the next entry names the old one.
        auto store = makeCase(QStringLiteral("chain-rehash"));
        QVERIFY(store);
        AuditEntry e = store->auditLog()[1];
        e.details = QStringLiteral("{}");
        tamper(store->path(), QStringLiteral("UPDATE audit SET details = '{}', hash = '%1' WHERE seq = 2")
                                  .arg(CaseStore::entryHash(e)));
        const ChainCheck check = store->verifyChain();
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenSeq, qint64(3));
        QVERIFY(check.reason().contains(QStringLiteral("does not name the hash of entry 2")));
    }

    void auditChainFindsRemovedEntries()
    {
        auto store = makeCase(QStringLiteral("chain-cut"));
        QVERIFY(store);
        tamper(store->path(), QStringLiteral("DELETE FROM audit WHERE seq = 5"));
        ChainCheck check = store->verifyChain();
        QVERIFY(!check.ok);
        QVERIFY2(check.reason().contains(QStringLiteral("entries were removed")), qPrintable(check.reason()));

        auto other = makeCase(QStringLiteral("chain-gap"));
        QVERIFY(other);
        tamper(other->path(), QStringLiteral("DELETE FROM audit WHERE seq = 2"));
        check = other->verifyChain();
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenSeq, qint64(3));
        QVERIFY(check.reason().contains(QStringLiteral("entries are missing")));
    }

    void evidenceRowsMustMatchTheirAuditRecords()
    {
        // Replacing an intake digest (to hide a changed file) shows against the audit log.
        auto store = makeCase(QStringLiteral("row-edit"));
        QVERIFY(store);
        tamper(store->path(), QStringLiteral("UPDATE evidence SET sha256 = '%1' WHERE id = 1")
                                  .arg(QString(64, u'a')));
        ChainCheck check = store->verifyChain();
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenSeq, qint64(2)); // the evidence.add entry of item 1
        QVERIFY(check.reason().contains(QStringLiteral("differs from its intake record")));

        // Deleting a failed verification shows too.
        auto other = makeCase(QStringLiteral("row-delete"));
        QVERIFY(other);
        tamper(other->path(), QStringLiteral("DELETE FROM verifications WHERE id = 2"));
        check = other->verifyChain();
        QVERIFY(!check.ok);
        QCOMPARE(check.brokenSeq, qint64(5));
        QVERIFY(check.reason().contains(QStringLiteral("missing from the case")));
    }

    void analysisRunsAreRecorded()
    {
        auto store = makeCase(QStringLiteral("runs"));
        QVERIFY(store);
        AnalyzeOptions options;
        options.maxScanBytes = 1 << 20;
        const Analysis analysis = Analyzer::run(CaseActions::evidencePaths(*store), options);
        QVERIFY(CaseActions::recordAnalysis(*store, analysis, options) > 0);
        const auto runs = store->analyses();
        QCOMPARE(runs.size(), std::size_t(1));
        QCOMPARE(runs.front().toolVersion, QStringLiteral(DOCKSCOPE_VERSION));
        QCOMPARE(runs.front().rulesVersion, analysis.rules.version);
        QCOMPARE(runs.front().rulesSha256, analysis.rules.sha256);
        QCOMPARE(runs.front().resultSha256.size(), 64);
        const QJsonObject settings = QJsonDocument::fromJson(runs.front().settings.toUtf8()).object();
        QCOMPARE(settings.value(QStringLiteral("maxScanBytes")).toInt(), 1 << 20);
        // The same evidence and rules give the same result digest.
        const Analysis again = Analyzer::run(CaseActions::evidencePaths(*store), options);
        QVERIFY(CaseActions::recordAnalysis(*store, again, options) > 0);
        QCOMPARE(store->analyses().back().resultSha256, runs.front().resultSha256);
    }
};

QTEST_GUILESS_MAIN(TestCase)
#include "tst_case.moc"
