#include "casestore.h"

#include "util/digest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <atomic>
#include <map>

namespace dockscope {

namespace {

constexpr int ApplicationId = 0x44534341; // "DSCA" in the SQLite header: a Dockscope case

const char *const Schema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE evidence (id INTEGER PRIMARY KEY, path TEXT NOT NULL, kind TEXT NOT NULL,"
    " size INTEGER NOT NULL, folder INTEGER NOT NULL, sha256 TEXT NOT NULL, sha1 TEXT NOT NULL,"
    " md5 TEXT NOT NULL, added_at TEXT NOT NULL, added_by TEXT NOT NULL, notes TEXT NOT NULL)",
    "CREATE TABLE verifications (id INTEGER PRIMARY KEY, evidence_id INTEGER NOT NULL"
    " REFERENCES evidence(id), time TEXT NOT NULL, result TEXT NOT NULL, sha256 TEXT NOT NULL,"
    " examiner TEXT NOT NULL, detail TEXT NOT NULL)",
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, time TEXT NOT NULL, examiner TEXT NOT NULL,"
    " target_type TEXT NOT NULL, target TEXT NOT NULL, text TEXT NOT NULL,"
    " removed INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE tags (id INTEGER PRIMARY KEY, time TEXT NOT NULL, examiner TEXT NOT NULL,"
    " target_type TEXT NOT NULL, target TEXT NOT NULL, label TEXT NOT NULL, comment TEXT NOT NULL,"
    " title TEXT NOT NULL, removed INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE analyses (id INTEGER PRIMARY KEY, time TEXT NOT NULL, examiner TEXT NOT NULL,"
    " tool_version TEXT NOT NULL, rules_version TEXT NOT NULL, rules_sha256 TEXT NOT NULL,"
    " settings TEXT NOT NULL, result_sha256 TEXT NOT NULL, findings INTEGER NOT NULL)",
    "CREATE TABLE reports (id INTEGER PRIMARY KEY, time TEXT NOT NULL, report_id TEXT NOT NULL,"
    " format TEXT NOT NULL, path TEXT NOT NULL, sha256 TEXT NOT NULL)",
    "CREATE TABLE audit (seq INTEGER PRIMARY KEY, time TEXT NOT NULL, examiner TEXT NOT NULL,"
    " action TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
};

std::atomic<int> connectionCounter{0};

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject evidenceRecord(const CaseEvidence &e)
{
    return QJsonObject{{QStringLiteral("id"), double(e.id)},
                       {QStringLiteral("path"), e.path},
                       {QStringLiteral("kind"), e.kind},
                       {QStringLiteral("sizeBytes"), double(e.sizeBytes)},
                       {QStringLiteral("sha256"), e.sha256},
                       {QStringLiteral("sha1"), e.sha1},
                       {QStringLiteral("md5"), e.md5}};
}

QJsonObject verificationRecord(const CaseVerification &v)
{
    return QJsonObject{{QStringLiteral("id"), double(v.id)},
                       {QStringLiteral("evidence"), double(v.evidenceId)},
                       {QStringLiteral("result"), CaseVerification::resultName(v.result)},
                       {QStringLiteral("sha256"), v.sha256}};
}

QJsonObject infoRecord(const CaseInfo &i)
{
    return QJsonObject{{QStringLiteral("number"), i.number},
                       {QStringLiteral("name"), i.name},
                       {QStringLiteral("examiner"), i.examiner},
                       {QStringLiteral("organisation"), i.organisation},
                       {QStringLiteral("description"), i.description},
                       {QStringLiteral("timeZone"), i.timeZone}};
}

// SQLite stores a null QString as NULL; every text column is NOT NULL, so bind "" instead.
void bind(QSqlQuery &q, const QString &value)
{
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
}

void bind(QSqlQuery &q, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        bind(q, value.toString());
    } else {
        q.addBindValue(value);
    }
}

void bind(QSqlQuery &q, qint64 value)
{
    q.addBindValue(value);
}

void bind(QSqlQuery &q, int value)
{
    q.addBindValue(value);
}

bool exec(QSqlQuery &q, QString &sqlError)
{
    if (q.exec()) {
        return true;
    }
    sqlError = q.lastError().text();
    return false;
}

} // namespace

QString CaseVerification::resultName(Result r)
{
    switch (r) {
    case Result::Match:
        return QStringLiteral("match");
    case Result::Mismatch:
        return QStringLiteral("mismatch");
    case Result::Missing:
        return QStringLiteral("missing");
    case Result::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}

CaseVerification::Result CaseVerification::resultFromName(const QString &name)
{
    if (name == u"match") {
        return Result::Match;
    }
    if (name == u"mismatch") {
        return Result::Mismatch;
    }
    if (name == u"missing") {
        return Result::Missing;
    }
    return Result::Unreadable;
}

const CaseVerification *CaseSnapshot::latestVerification(qint64 evidenceId) const
{
    const CaseVerification *latest = nullptr;
    for (const CaseVerification &v : verifications) {
        if (v.evidenceId == evidenceId) {
            latest = &v; // rows come in id order
        }
    }
    return latest;
}

bool CaseSnapshot::anyVerificationFailed() const
{
    for (const CaseVerification &v : verifications) {
        if (v.result != CaseVerification::Result::Match) {
            return true;
        }
    }
    return false;
}

CaseStore::CaseStore(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

CaseStore::~CaseStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase CaseStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool CaseStore::isCaseFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 72 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return false;
    }
    // The application id: a big-endian 32-bit integer at offset 68 of the database header.
    const auto byte = [&header](int i) { return quint32(quint8(header[i])); };
    const quint32 id = byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71);
    return id == quint32(ApplicationId);
}

QString CaseStore::folderFor(const QString &casePath)
{
    const QFileInfo info(casePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-files"));
}

QString CaseStore::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString CaseStore::genesisHash()
{
    return QString(64, u'0');
}

QString CaseStore::entryHash(const AuditEntry &e)
{
    const QJsonArray fields{double(e.seq), e.time, e.examiner, e.action, e.details, e.prevHash};
    return Sha256::of(QJsonDocument(fields).toJson(QJsonDocument::Compact)).hex();
}

Diagnostic CaseStore::sqlFailure(const QString &what, const QString &sqlError) const
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.evidence = m_path;
    d.where = what;
    d.text = QT_TRANSLATE_NOOP("Diagnostic", "the case file could not be written or read: %1");
    d.args = {sqlError};
    return d;
}

namespace {

Diagnostic caseError(const QString &path, const char *text, QStringList args = {})
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.evidence = path;
    d.text = text;
    d.args = std::move(args);
    return d;
}

} // namespace

std::unique_ptr<CaseStore> CaseStore::openConnection(const QString &absolute, Diagnostic *error)
{
    const QString connection = QStringLiteral("dockscope-case-%1").arg(++connectionCounter);
    std::unique_ptr<CaseStore> store(new CaseStore(absolute, connection));
    QString failure;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(absolute);
        if (database.open()) {
            return store;
        }
        failure = database.lastError().text();
    }
    if (error) {
        *error = store->sqlFailure(QStringLiteral("open"), failure);
    }
    return nullptr;
}

std::unique_ptr<CaseStore> CaseStore::create(const QString &path, const CaseInfo &given,
                                             Diagnostic *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        if (error) {
            *error = caseError(absolute, QT_TRANSLATE_NOOP("Diagnostic",
                                                           "a file of this name exists already; "
                                                           "a case is never overwritten"));
        }
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        if (error) {
            *error = caseError(absolute, QT_TRANSLATE_NOOP("Diagnostic",
                                                           "the SQLite driver of Qt (QSQLITE) is "
                                                           "not installed"));
        }
        return nullptr;
    }
    std::unique_ptr<CaseStore> store = openConnection(absolute, error);
    if (!store) {
        return nullptr;
    }
    CaseInfo info = given;
    if (info.uuid.isEmpty()) {
        info.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (info.timeZone.isEmpty()) {
        info.timeZone = QStringLiteral("UTC");
    }
    info.created = now();
    info.schemaVersion = SchemaVersion;
    store->m_examiner = info.examiner;
    if (!store->createSchema(info, error)) {
        store.reset();
        QFile::remove(absolute);
        return nullptr;
    }
    QDir().mkpath(store->folder());
    return store;
}

bool CaseStore::createSchema(const CaseInfo &info, Diagnostic *error)
{
    QSqlDatabase database = db();
    QSqlQuery pragma(database);
    pragma.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    pragma.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    return transact(
        QStringLiteral("case.create"),
        [&](QString &details, QString &sqlError) {
            for (const char *statement : Schema) {
                QSqlQuery q(database);
                if (!q.exec(QString::fromLatin1(statement))) {
                    sqlError = q.lastError().text();
                    return false;
                }
            }
            const std::map<QString, QString> values{
                {QStringLiteral("uuid"), info.uuid},
                {QStringLiteral("number"), info.number},
                {QStringLiteral("name"), info.name},
                {QStringLiteral("examiner"), info.examiner},
                {QStringLiteral("organisation"), info.organisation},
                {QStringLiteral("description"), info.description},
                {QStringLiteral("time_zone"), info.timeZone},
                {QStringLiteral("created"), info.created},
                {QStringLiteral("schema"), QString::number(SchemaVersion)},
                {QStringLiteral("tool_version"), QStringLiteral(DOCKSCOPE_VERSION)},
            };
            for (const auto &[key, value] : values) {
                QSqlQuery q(database);
                q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
                bind(q, key);
                bind(q, value);
                if (!exec(q, sqlError)) {
                    return false;
                }
            }
            QJsonObject record = infoRecord(info);
            record.insert(QStringLiteral("uuid"), info.uuid);
            record.insert(QStringLiteral("tool"), QStringLiteral("dockscope " DOCKSCOPE_VERSION));
            details = compact(record);
            return true;
        },
        error);
}

std::unique_ptr<CaseStore> CaseStore::open(const QString &path, Diagnostic *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo(absolute).isFile()) {
        if (error) {
            *error = caseError(absolute, QT_TRANSLATE_NOOP("Diagnostic", "no such case file"));
        }
        return nullptr;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        if (error) {
            *error = caseError(absolute, QT_TRANSLATE_NOOP("Diagnostic",
                                                           "the SQLite driver of Qt (QSQLITE) is "
                                                           "not installed"));
        }
        return nullptr;
    }
    std::unique_ptr<CaseStore> store = openConnection(absolute, error);
    if (!store) {
        return nullptr;
    }
    if (!store->checkSchema(error)) {
        return nullptr;
    }
    return store;
}

bool CaseStore::checkSchema(Diagnostic *error)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()
        || q.value(0).toInt() != ApplicationId) {
        if (error) {
            *error = caseError(m_path, QT_TRANSLATE_NOOP("Diagnostic",
                                                         "not a Dockscope case file (%1)"),
                               {q.lastError().isValid() ? q.lastError().text()
                                                        : QStringLiteral("application_id")});
        }
        return false;
    }
    const int version = meta(QStringLiteral("schema")).toInt();
    if (version < 1 || version > SchemaVersion) {
        if (error) {
            *error = caseError(m_path, QT_TRANSLATE_NOOP("Diagnostic",
                                                         "case file version %1 is not supported "
                                                         "by this version of Dockscope"),
                               {QString::number(version)});
        }
        return false;
    }
    return true;
}

QString CaseStore::meta(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    bind(q, key);
    if (q.exec() && q.next()) {
        return q.value(0).toString();
    }
    return {};
}

QString CaseStore::examiner() const
{
    return m_examiner.isEmpty() ? meta(QStringLiteral("examiner")) : m_examiner;
}

CaseInfo CaseStore::info() const
{
    CaseInfo i;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT key, value FROM meta"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == u"uuid") {
            i.uuid = value;
        } else if (key == u"number") {
            i.number = value;
        } else if (key == u"name") {
            i.name = value;
        } else if (key == u"examiner") {
            i.examiner = value;
        } else if (key == u"organisation") {
            i.organisation = value;
        } else if (key == u"description") {
            i.description = value;
        } else if (key == u"time_zone") {
            i.timeZone = value;
        } else if (key == u"created") {
            i.created = value;
        } else if (key == u"schema") {
            i.schemaVersion = value.toInt();
        }
    }
    return i;
}

bool CaseStore::transact(const QString &action,
                         const std::function<bool(QString &details, QString &sqlError)> &body,
                         Diagnostic *error)
{
    QSqlDatabase database = db();
    if (!database.transaction()) {
        if (error) {
            *error = sqlFailure(action, database.lastError().text());
        }
        return false;
    }
    QString details;
    QString sqlError;
    if (!body(details, sqlError) || !appendAudit(action, details, &sqlError) || !database.commit()) {
        if (sqlError.isEmpty()) {
            sqlError = database.lastError().text();
        }
        database.rollback();
        if (error) {
            *error = sqlFailure(action, sqlError);
        }
        return false;
    }
    return true;
}

bool CaseStore::appendAudit(const QString &action, const QString &details, QString *sqlError)
{
    QSqlDatabase database = db();
    AuditEntry e;
    e.prevHash = genesisHash();
    {
        QSqlQuery last(database);
        if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1"))) {
            *sqlError = last.lastError().text();
            return false;
        }
        if (last.next()) {
            e.seq = last.value(0).toLongLong();
            e.prevHash = last.value(1).toString();
        }
    }
    e.seq += 1;
    e.time = now();
    e.examiner = examiner();
    e.action = action;
    e.details = details;
    e.hash = entryHash(e);
    QSqlQuery q(database);
    q.prepare(QStringLiteral("INSERT INTO audit (seq, time, examiner, action, details, prev_hash, "
                             "hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bind(q, e.seq);
    bind(q, e.time);
    bind(q, e.examiner);
    bind(q, e.action);
    bind(q, e.details);
    bind(q, e.prevHash);
    bind(q, e.hash);
    if (!exec(q, *sqlError)) {
        return false;
    }
    // The head of the chain, so that cutting entries off its end shows too.
    for (const auto &[key, value] : {std::pair{QStringLiteral("audit_head_seq"), QString::number(e.seq)},
                                     std::pair{QStringLiteral("audit_head_hash"), e.hash}}) {
        QSqlQuery m(database);
        m.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        bind(m, key);
        bind(m, value);
        if (!exec(m, *sqlError)) {
            return false;
        }
    }
    return true;
}

bool CaseStore::updateInfo(const CaseInfo &changed, Diagnostic *error)
{
    const CaseInfo before = info();
    return transact(
        QStringLiteral("case.edit"),
        [&](QString &details, QString &sqlError) {
            const QJsonObject old = infoRecord(before);
            const QJsonObject now = infoRecord(changed);
            QJsonObject diff;
            for (auto it = now.begin(); it != now.end(); ++it) {
                if (old.value(it.key()) != it.value()) {
                    diff.insert(it.key(), QJsonObject{{QStringLiteral("from"), old.value(it.key())},
                                                      {QStringLiteral("to"), it.value()}});
                }
            }
            const std::map<QString, QString> values{
                {QStringLiteral("number"), changed.number},
                {QStringLiteral("name"), changed.name},
                {QStringLiteral("examiner"), changed.examiner},
                {QStringLiteral("organisation"), changed.organisation},
                {QStringLiteral("description"), changed.description},
                {QStringLiteral("time_zone"), changed.timeZone},
            };
            for (const auto &[key, value] : values) {
                QSqlQuery q(db());
                q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
                bind(q, key);
                bind(q, value);
                if (!exec(q, sqlError)) {
                    return false;
                }
            }
            details = compact(diff);
            return true;
        },
        error);
}

qint64 CaseStore::addEvidence(const CaseEvidence &given, Diagnostic *error)
{
    CaseEvidence item = given;
    if (item.addedAt.isEmpty()) {
        item.addedAt = now();
    }
    if (item.addedBy.isEmpty()) {
        item.addedBy = examiner();
    }
    const bool ok = transact(
        QStringLiteral("evidence.add"),
        [&](QString &details, QString &sqlError) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("INSERT INTO evidence (path, kind, size, folder, sha256, sha1, "
                                     "md5, added_at, added_by, notes) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                     "?, ?, ?)"));
            for (const QVariant &v : {QVariant(item.path), QVariant(item.kind),
                                      QVariant(item.sizeBytes), QVariant(item.folder ? 1 : 0),
                                      QVariant(item.sha256), QVariant(item.sha1), QVariant(item.md5),
                                      QVariant(item.addedAt), QVariant(item.addedBy),
                                      QVariant(item.notes)}) {
                bind(q, v);
            }
            if (!exec(q, sqlError)) {
                return false;
            }
            item.id = q.lastInsertId().toLongLong();
            QJsonObject record = evidenceRecord(item);
            if (!item.notes.isEmpty()) {
                record.insert(QStringLiteral("notes"), item.notes);
            }
            details = compact(record);
            return true;
        },
        error);
    return ok ? item.id : 0;
}

qint64 CaseStore::recordVerification(const CaseVerification &given, Diagnostic *error)
{
    CaseVerification v = given;
    if (v.time.isEmpty()) {
        v.time = now();
    }
    if (v.examiner.isEmpty()) {
        v.examiner = examiner();
    }
    const bool ok = transact(
        QStringLiteral("evidence.verify"),
        [&](QString &details, QString &sqlError) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("INSERT INTO verifications (evidence_id, time, result, sha256, "
                                     "examiner, detail) VALUES (?, ?, ?, ?, ?, ?)"));
            bind(q, v.evidenceId);
            bind(q, v.time);
            bind(q, CaseVerification::resultName(v.result));
            bind(q, v.sha256);
            bind(q, v.examiner);
            bind(q, v.detail);
            if (!exec(q, sqlError)) {
                return false;
            }
            v.id = q.lastInsertId().toLongLong();
            QJsonObject record = verificationRecord(v);
            if (!v.detail.isEmpty()) {
                record.insert(QStringLiteral("detail"), v.detail);
            }
            details = compact(record);
            return true;
        },
        error);
    return ok ? v.id : 0;
}

qint64 CaseStore::addNote(const CaseNote &given, Diagnostic *error)
{
    CaseNote n = given;
    qint64 id = 0;
    const bool ok = transact(
        QStringLiteral("note.add"),
        [&](QString &details, QString &sqlError) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("INSERT INTO notes (time, examiner, target_type, target, text) "
                                     "VALUES (?, ?, ?, ?, ?)"));
            bind(q, n.time.isEmpty() ? now() : n.time);
            bind(q, n.examiner.isEmpty() ? examiner() : n.examiner);
            bind(q, n.targetType);
            bind(q, n.target);
            bind(q, n.text);
            if (!exec(q, sqlError)) {
                return false;
            }
            id = q.lastInsertId().toLongLong();
            details = compact(QJsonObject{{QStringLiteral("id"), double(id)},
                                          {QStringLiteral("targetType"), n.targetType},
                                          {QStringLiteral("target"), n.target},
                                          {QStringLiteral("text"), n.text}});
            return true;
        },
        error);
    return ok ? id : 0;
}

namespace {

bool markRemoved(QSqlDatabase database, const QString &table, qint64 id, QString &sqlError)
{
    QSqlQuery q(database);
    q.prepare(QStringLiteral("UPDATE %1 SET removed = 1 WHERE id = ? AND removed = 0").arg(table));
    bind(q, id);
    if (!exec(q, sqlError)) {
        return false;
    }
    if (q.numRowsAffected() != 1) {
        sqlError = QStringLiteral("no row %1 in %2").arg(id).arg(table);
        return false;
    }
    return true;
}

} // namespace

bool CaseStore::removeNote(qint64 id, Diagnostic *error)
{
    return transact(
        QStringLiteral("note.remove"),
        [&](QString &details, QString &sqlError) {
            details = compact(QJsonObject{{QStringLiteral("id"), double(id)}});
            return markRemoved(db(), QStringLiteral("notes"), id, sqlError);
        },
        error);
}

qint64 CaseStore::addTag(const CaseTag &given, Diagnostic *error)
{
    qint64 id = 0;
    const bool ok = transact(
        QStringLiteral("tag.add"),
        [&](QString &details, QString &sqlError) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("INSERT INTO tags (time, examiner, target_type, target, label, "
                                     "comment, title) VALUES (?, ?, ?, ?, ?, ?, ?)"));
            bind(q, given.time.isEmpty() ? now() : given.time);
            bind(q, given.examiner.isEmpty() ? examiner() : given.examiner);
            bind(q, given.targetType);
            bind(q, given.target);
            bind(q, given.label);
            bind(q, given.comment);
            bind(q, given.title);
            if (!exec(q, sqlError)) {
                return false;
            }
            id = q.lastInsertId().toLongLong();
            details = compact(QJsonObject{{QStringLiteral("id"), double(id)},
                                          {QStringLiteral("targetType"), given.targetType},
                                          {QStringLiteral("target"), given.target},
                                          {QStringLiteral("label"), given.label},
                                          {QStringLiteral("comment"), given.comment}});
            return true;
        },
        error);
    return ok ? id : 0;
}

bool CaseStore::removeTag(qint64 id, Diagnostic *error)
{
    return transact(
        QStringLiteral("tag.remove"),
        [&](QString &details, QString &sqlError) {
            details = compact(QJsonObject{{QStringLiteral("id"), double(id)}});
            return markRemoved(db(), QStringLiteral("tags"), id, sqlError);
        },
        error);
}

qint64 CaseStore::recordAnalysis(const CaseAnalysisRun &run, Diagnostic *error)
{
    qint64 id = 0;
    const bool ok = transact(
        QStringLiteral("analysis.run"),
        [&](QString &details, QString &sqlError) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("INSERT INTO analyses (time, examiner, tool_version, "
                                     "rules_version, rules_sha256, settings, result_sha256, "
                                     "findings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            bind(q, run.time.isEmpty() ? now() : run.time);
            bind(q, run.examiner.isEmpty() ? examiner() : run.examiner);
            bind(q, run.toolVersion);
            bind(q, run.rulesVersion);
            bind(q, run.rulesSha256);
            bind(q, run.settings);
            bind(q, run.resultSha256);
            bind(q, run.findings);
            if (!exec(q, sqlError)) {
                return false;
            }
            id = q.lastInsertId().toLongLong();
            details = compact(QJsonObject{{QStringLiteral("id"), double(id)},
                                          {QStringLiteral("tool"), run.toolVersion},
                                          {QStringLiteral("rules"), run.rulesVersion},
                                          {QStringLiteral("rulesSha256"), run.rulesSha256},
                                          {QStringLiteral("settings"), parseObject(run.settings)},
                                          {QStringLiteral("resultSha256"), run.resultSha256},
                                          {QStringLiteral("findings"), run.findings}});
            return true;
        },
        error);
    return ok ? id : 0;
}

qint64 CaseStore::recordReport(const CaseReportRecord &report, Diagnostic *error)
{
    qint64 id = 0;
    const bool ok = transact(
        QStringLiteral("report.write"),
        [&](QString &details, QString &sqlError) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("INSERT INTO reports (time, report_id, format, path, sha256) "
                                     "VALUES (?, ?, ?, ?, ?)"));
            bind(q, report.time.isEmpty() ? now() : report.time);
            bind(q, report.reportId);
            bind(q, report.format);
            bind(q, report.path);
            bind(q, report.sha256);
            if (!exec(q, sqlError)) {
                return false;
            }
            id = q.lastInsertId().toLongLong();
            details = compact(QJsonObject{{QStringLiteral("id"), double(id)},
                                          {QStringLiteral("reportId"), report.reportId},
                                          {QStringLiteral("format"), report.format},
                                          {QStringLiteral("path"), report.path},
                                          {QStringLiteral("sha256"), report.sha256}});
            return true;
        },
        error);
    return ok ? id : 0;
}

bool CaseStore::logAction(const QString &action, const QString &details, Diagnostic *error)
{
    return transact(
        action,
        [&](QString &out, QString &) {
            out = details;
            return true;
        },
        error);
}

std::vector<CaseEvidence> CaseStore::evidence() const
{
    std::vector<CaseEvidence> out;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id, path, kind, size, folder, sha256, sha1, md5, added_at, "
                          "added_by, notes FROM evidence ORDER BY id"));
    while (q.next()) {
        CaseEvidence e;
        e.id = q.value(0).toLongLong();
        e.path = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.sizeBytes = q.value(3).toLongLong();
        e.folder = q.value(4).toInt() != 0;
        e.sha256 = q.value(5).toString();
        e.sha1 = q.value(6).toString();
        e.md5 = q.value(7).toString();
        e.addedAt = q.value(8).toString();
        e.addedBy = q.value(9).toString();
        e.notes = q.value(10).toString();
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<CaseVerification> CaseStore::verifications() const
{
    std::vector<CaseVerification> out;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id, evidence_id, time, result, sha256, examiner, detail FROM "
                          "verifications ORDER BY id"));
    while (q.next()) {
        CaseVerification v;
        v.id = q.value(0).toLongLong();
        v.evidenceId = q.value(1).toLongLong();
        v.time = q.value(2).toString();
        v.result = CaseVerification::resultFromName(q.value(3).toString());
        v.sha256 = q.value(4).toString();
        v.examiner = q.value(5).toString();
        v.detail = q.value(6).toString();
        out.push_back(std::move(v));
    }
    return out;
}

std::vector<CaseNote> CaseStore::notes() const
{
    std::vector<CaseNote> out;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id, time, examiner, target_type, target, text FROM notes WHERE "
                          "removed = 0 ORDER BY id"));
    while (q.next()) {
        CaseNote n;
        n.id = q.value(0).toLongLong();
        n.time = q.value(1).toString();
        n.examiner = q.value(2).toString();
        n.targetType = q.value(3).toString();
        n.target = q.value(4).toString();
        n.text = q.value(5).toString();
        out.push_back(std::move(n));
    }
    return out;
}

std::vector<CaseTag> CaseStore::tags() const
{
    std::vector<CaseTag> out;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id, time, examiner, target_type, target, label, comment, title "
                          "FROM tags WHERE removed = 0 ORDER BY id"));
    while (q.next()) {
        CaseTag t;
        t.id = q.value(0).toLongLong();
        t.time = q.value(1).toString();
        t.examiner = q.value(2).toString();
        t.targetType = q.value(3).toString();
        t.target = q.value(4).toString();
        t.label = q.value(5).toString();
        t.comment = q.value(6).toString();
        t.title = q.value(7).toString();
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<CaseAnalysisRun> CaseStore::analyses() const
{
    std::vector<CaseAnalysisRun> out;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id, time, examiner, tool_version, rules_version, rules_sha256, "
                          "settings, result_sha256, findings FROM analyses ORDER BY id"));
    while (q.next()) {
        CaseAnalysisRun r;
        r.id = q.value(0).toLongLong();
        r.time = q.value(1).toString();
        r.examiner = q.value(2).toString();
        r.toolVersion = q.value(3).toString();
        r.rulesVersion = q.value(4).toString();
        r.rulesSha256 = q.value(5).toString();
        r.settings = q.value(6).toString();
        r.resultSha256 = q.value(7).toString();
        r.findings = q.value(8).toInt();
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<CaseReportRecord> CaseStore::reports() const
{
    std::vector<CaseReportRecord> out;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT id, time, report_id, format, path, sha256 FROM reports ORDER BY id"));
    while (q.next()) {
        CaseReportRecord r;
        r.id = q.value(0).toLongLong();
        r.time = q.value(1).toString();
        r.reportId = q.value(2).toString();
        r.format = q.value(3).toString();
        r.path = q.value(4).toString();
        r.sha256 = q.value(5).toString();
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<AuditEntry> CaseStore::auditLog() const
{
    std::vector<AuditEntry> out;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT seq, time, examiner, action, details, prev_hash, hash FROM audit "
                          "ORDER BY seq"));
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.time = q.value(1).toString();
        e.examiner = q.value(2).toString();
        e.action = q.value(3).toString();
        e.details = q.value(4).toString();
        e.prevHash = q.value(5).toString();
        e.hash = q.value(6).toString();
        out.push_back(std::move(e));
    }
    return out;
}

ChainCheck CaseStore::verifyChain() const
{
    ChainCheck check;
    const std::vector<AuditEntry> log = auditLog();
    check.entries = qint64(log.size());
    const auto broken = [&check](qint64 seq, const char *text, const QStringList &args) {
        if (check.ok) {
            check.ok = false;
            check.brokenSeq = seq;
            check.text = text;
            check.args = args;
        }
    };
    QString prev = genesisHash();
    qint64 expectedSeq = 1;
    std::map<qint64, QJsonObject> evidenceAdded;   // evidence id → intake record
    std::map<qint64, QJsonObject> verified;        // verification id → record
    for (const AuditEntry &e : log) {
        if (e.seq != expectedSeq) {
            broken(e.seq, QT_TRANSLATE_NOOP("ChainCheck", "entry %1 follows entry %2: entries are missing"), {QString::number(e.seq), QString::number(expectedSeq - 1)});
        } else if (e.prevHash != prev) {
            broken(e.seq, QT_TRANSLATE_NOOP("ChainCheck", "entry %1 does not name the hash of entry %2"), {QString::number(e.seq), QString::number(e.seq - 1)});
        } else if (entryHash(e) != e.hash) {
            broken(e.seq, QT_TRANSLATE_NOOP("ChainCheck", "entry %1 was changed after it was written (its hash "
                                         "does not match its contents)"), {QString::number(e.seq)});
        }
        prev = e.hash;
        expectedSeq = e.seq + 1;
        const QJsonObject details = parseObject(e.details);
        const qint64 id = qint64(details.value(QStringLiteral("id")).toDouble());
        if (e.action == u"evidence.add") {
            evidenceAdded[id] = details;
        } else if (e.action == u"evidence.verify") {
            verified[id] = details;
        }
    }
    if (check.ok) {
        const qint64 headSeq = meta(QStringLiteral("audit_head_seq")).toLongLong();
        const QString headHash = meta(QStringLiteral("audit_head_hash"));
        const qint64 lastSeq = log.empty() ? 0 : log.back().seq;
        if (headSeq != lastSeq || (!log.empty() && headHash != log.back().hash)) {
            broken(lastSeq + 1, QT_TRANSLATE_NOOP("ChainCheck", "the log ends at entry %1 but the case recorded "
                                               "entry %2 as its last: entries were removed"), {QString::number(lastSeq), QString::number(headSeq)});
        }
    }
    // The evidence and verification rows must say what the audit log recorded when they were
    // written, and every recorded one must still be there.
    const auto seqOf = [&log](const QString &action, qint64 id) {
        for (const AuditEntry &e : log) {
            if (e.action == action
                && qint64(parseObject(e.details).value(QStringLiteral("id")).toDouble()) == id) {
                return e.seq;
            }
        }
        return qint64(-1);
    };
    std::map<qint64, bool> seenEvidence;
    for (const CaseEvidence &e : evidence()) {
        seenEvidence[e.id] = true;
        const auto it = evidenceAdded.find(e.id);
        if (it == evidenceAdded.end() || it->second != evidenceRecord(e)) {
            broken(seqOf(QStringLiteral("evidence.add"), e.id), QT_TRANSLATE_NOOP("ChainCheck", "evidence item %1 (%2) differs from its intake record in the "
                                  "audit log"), {QString::number(e.id), e.path});
        }
    }
    for (const auto &[id, record] : evidenceAdded) {
        if (!seenEvidence.count(id)) {
            broken(seqOf(QStringLiteral("evidence.add"), id), QT_TRANSLATE_NOOP("ChainCheck", "evidence item %1 recorded in the audit log is missing from the "
                                  "case"), {QString::number(id)});
        }
    }
    std::map<qint64, bool> seenVerification;
    for (const CaseVerification &v : verifications()) {
        seenVerification[v.id] = true;
        const auto it = verified.find(v.id);
        QJsonObject record = verificationRecord(v);
        if (!v.detail.isEmpty()) {
            record.insert(QStringLiteral("detail"), v.detail);
        }
        if (it == verified.end() || it->second != record) {
            broken(seqOf(QStringLiteral("evidence.verify"), v.id), QT_TRANSLATE_NOOP("ChainCheck", "verification %1 differs from its record in the audit log"), {QString::number(v.id)});
        }
    }
    for (const auto &[id, record] : verified) {
        if (!seenVerification.count(id)) {
            broken(seqOf(QStringLiteral("evidence.verify"), id), QT_TRANSLATE_NOOP("ChainCheck", "verification %1 recorded in the audit log is missing from the "
                                  "case"), {QString::number(id)});
        }
    }
    return check;
}

CaseSnapshot CaseStore::snapshot() const
{
    CaseSnapshot s;
    s.path = m_path;
    s.folder = folder();
    s.info = info();
    s.evidence = evidence();
    s.verifications = verifications();
    s.notes = notes();
    s.tags = tags();
    s.analyses = analyses();
    s.reports = reports();
    s.audit = auditLog();
    s.chain = verifyChain();
    return s;
}

} // namespace dockscope

namespace dockscope {

QString ChainCheck::reason() const
{
    QString s = QString::fromUtf8(text);
    for (const QString &a : args) {
        s = s.arg(a);
    }
    return s;
}

QString ChainCheck::translatedReason() const
{
    QString s = QCoreApplication::translate("ChainCheck", text);
    for (const QString &a : args) {
        s = s.arg(a);
    }
    return s;
}

} // namespace dockscope
