// dockscope-cli as a user runs it: a QProcess over the built binary. Checks the usage and exit
// codes, the text summary, the JSON contract of `analyze` (docs: ARCHITECTURE.md), its
// determinism, and `ci` with dive's rules and output format.

#include "clirunner.h"
#include "testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dockscope::test;

namespace {

QString ggcr(const char *name)
{
    return peer(QStringLiteral("ggcr/") + QLatin1String(name));
}

QString engine(const char *name)
{
    return data(QStringLiteral("engine/") + QLatin1String(name));
}

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList k = o.keys();
    return QSet<QString>(k.begin(), k.end());
}

QSet<QString> set(std::initializer_list<const char *> names)
{
    QSet<QString> s;
    for (const char *n : names) {
        s.insert(QLatin1String(n));
    }
    return s;
}

// Keys the contract requires that the object lacks.
QByteArray missing(const QJsonObject &o, const QSet<QString> &required)
{
    QStringList m;
    for (const QString &k : required) {
        if (!o.contains(k)) {
            m << k;
        }
    }
    m.sort();
    return m.join(u',').toUtf8();
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    QStringList out;
    for (const QByteArray &l : f.readAll().split('\n')) {
        if (!l.isEmpty()) {
            out << QString::fromUtf8(l);
        }
    }
    return out;
}

QString fact(const QString &key)
{
    for (const QString &line : readLines(engine("scenario-facts.txt"))) {
        if (line.startsWith(key + u'=')) {
            return line.mid(key.size() + 1);
        }
    }
    return {};
}

bool isRfc3339Utc(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"));
    return re.match(s).hasMatch();
}

// The CI part of the output: rule lines and the result line, as dive prints them.
struct CiReport
{
    QMap<QString, QString> status;  // rule → PASS | FAIL | SKIP
    QMap<QString, QString> message; // rule → message after the second ": "
    QString result;                 // PASS | FAIL
    int total = -1, passed = -1, failed = -1, warn = -1, skipped = -1;
    bool wellFormed = true;
};

CiReport parseCi(const QByteArray &out)
{
    static const QRegularExpression rule(QStringLiteral(
        "^  (PASS|FAIL|SKIP): (highestUserWastedPercent|highestWastedBytes|lowestEfficiency)(?:: (.*))?$"));
    static const QRegularExpression result(QStringLiteral(
        "^Result:(PASS|FAIL) \\[Total:(\\d+)\\] \\[Passed:(\\d+)\\] \\[Failed:(\\d+)\\] "
        "\\[Warn:(\\d+)\\] \\[Skipped:(\\d+)\\]$"));
    CiReport r;
    bool inResults = false;
    for (const QString &line : QString::fromUtf8(out).split(u'\n')) {
        if (line == u"Results:") {
            inResults = true;
            continue;
        }
        if (const auto m = result.match(line); m.hasMatch()) {
            r.result = m.captured(1);
            r.total = m.captured(2).toInt();
            r.passed = m.captured(3).toInt();
            r.failed = m.captured(4).toInt();
            r.warn = m.captured(5).toInt();
            r.skipped = m.captured(6).toInt();
            inResults = false;
            continue;
        }
        if (inResults) {
            const auto m = rule.match(line);
            if (!m.hasMatch()) {
                r.wellFormed = false;
                continue;
            }
            r.status.insert(m.captured(2), m.captured(1));
            r.message.insert(m.captured(2), m.captured(3));
        }
    }
    return r;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QJsonDocument analyzeJson(const QStringList &arguments, Run *run = nullptr)
    {
        Run r = runCli(QStringList{QStringLiteral("analyze"), QStringLiteral("--json"),
                                   QStringLiteral("-")}
                       + arguments);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError) {
            qWarning("JSON error at %d: %s", error.offset, qPrintable(error.errorString()));
        }
        if (run) {
            *run = std::move(r);
        }
        return doc;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(cli()).isExecutable(), qPrintable(cli()));
        QVERIFY(m_tmp.isValid());
    }

    // ---------------------------------------------------------------- usage

    void version_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--version") << QStringLiteral("--version");
        QTest::newRow("-v") << QStringLiteral("-v");
    }

    void version()
    {
        QFETCH(QString, option);
        const Run r = runCli({option});
        QVERIFY2(r.finished && r.code == 0, r.describe().constData());
        QCOMPARE(QString::fromUtf8(r.out).trimmed(),
                 QStringLiteral("dockscope-cli ") + QStringLiteral(DOCKSCOPE_VERSION));
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")};
        QTest::newRow("analyze --help")
            << QStringList{QStringLiteral("analyze"), QStringLiteral("--help")};
        QTest::newRow("ci --help") << QStringList{QStringLiteral("ci"), QStringLiteral("--help")};
    }

    void help()
    {
        QFETCH(QStringList, arguments);
        const Run r = runCli(arguments);
        QVERIFY2(r.finished && r.code == 0, r.describe().constData());
        const QString text = QString::fromUtf8(r.out);
        if (arguments.size() == 1) {
            QVERIFY2(text.contains(QStringLiteral("analyze")), r.describe().constData());
            QVERIFY2(text.contains(QStringLiteral("ci")), r.describe().constData());
        } else if (arguments.first() == u"analyze") {
            QVERIFY2(text.contains(QStringLiteral("--json")), r.describe().constData());
            QVERIFY2(text.contains(QStringLiteral("--files")), r.describe().constData());
            QVERIFY2(text.contains(QStringLiteral("--platform")), r.describe().constData());
        } else {
            QVERIFY2(text.contains(QStringLiteral("--lowest-efficiency")), r.describe().constData());
            QVERIFY2(text.contains(QStringLiteral("--ci-config")), r.describe().constData());
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no arguments") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("analyze without evidence") << QStringList{QStringLiteral("analyze")};
        QTest::newRow("analyze, unknown option")
            << QStringList{QStringLiteral("analyze"), QStringLiteral("--no-such-option"),
                           ggcr("mutate__whiteout_image.tar")};
        QTest::newRow("analyze, empty --container prefix")
            << QStringList{QStringLiteral("analyze"), QStringLiteral("--container"), QString(),
                           peer(QStringLiteral("docker-explorer/aufs.v2.tgz"))};
        QTest::newRow("containers without evidence") << QStringList{QStringLiteral("containers")};
        QTest::newRow("ci without evidence") << QStringList{QStringLiteral("ci")};
        QTest::newRow("ci, unreadable --ci-config")
            << QStringList{QStringLiteral("ci"), QStringLiteral("--ci-config"),
                           QStringLiteral("/nonexistent/.dive-ci"), ggcr("mutate__whiteout_image.tar")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = runCli(arguments);
        QVERIFY2(r.finished && r.code == 2, r.describe().constData());
        QVERIFY2(!r.err.trimmed().isEmpty(), r.describe().constData());
    }

    // ---------------------------------------------------------------- containers

    void containersTable()
    {
        // Like docker-explorer's `list all_containers`: one line per container, sorted by id.
        const Run r = runCli({QStringLiteral("containers"), peer(QStringLiteral("docker-explorer/aufs.v2.tgz"))});
        QVERIFY2(r.finished && r.code == 0, r.describe().constData());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 7);
        QVERIFY(lines.front().startsWith(QStringLiteral("CONTAINER ID")));
        const QStringList running = lines.filter(QStringLiteral("7b02fb3e8a66"));
        QCOMPARE(running.size(), 1);
        QVERIFY(running.front().contains(QStringLiteral("dreamy_snyder")));
        QVERIFY(running.front().contains(QStringLiteral("running")));
        QVERIFY(running.front().contains(QStringLiteral("2017-02-13T16:45:05.629904159Z")));
    }

    void analyzeOneContainerOfADataRoot()
    {
        Run r;
        const QJsonDocument doc = analyzeJson({QStringLiteral("--container"), QStringLiteral("d38dc6"),
                                               data(QStringLiteral("demo/demo-dataroot.tar.gz"))},
                                              &r);
        QVERIFY2(r.finished && r.code == 0, r.describe().constData());
        const QJsonArray containers = doc.object().value(QStringLiteral("containers")).toArray();
        QCOMPARE(containers.size(), 1);
        const QJsonObject c = containers.first().toObject();
        QCOMPARE(c.value(QStringLiteral("id")).toString(),
                 QStringLiteral("d38dc64b2d484d8e226b5157152df238f79065463cd5261ddcfac6d931484266"));
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("webshop"));
        QCOMPARE(c.value(QStringLiteral("imageId")).toString(),
                 QStringLiteral("sha256:4c4435a82b7fa5785e8d171abb800aa2a8be64a4a09c456f71b2c6d19cc62315"));
        QCOMPARE(c.value(QStringLiteral("changes")).toArray().size(), 54);
        QCOMPARE(c.value(QStringLiteral("mounts")).toArray().size(), 4);
        // Its image and its own file system only, not the 16 other images of the data root.
        QCOMPARE(doc.object().value(QStringLiteral("images")).toArray().size(), 2);

        const Run ambiguous = runCli({QStringLiteral("analyze"), QStringLiteral("--container"), QStringLiteral("4"),
                                      peer(QStringLiteral("docker-explorer/overlay.v2.tgz"))});
        QCOMPARE(ambiguous.code, 1);
        QVERIFY2(ambiguous.out.contains("ambiguous"), ambiguous.describe().constData());
    }

    // ---------------------------------------------------------------- analyze

    void analyzePrintsALayerTable()
    {
        const Run r = runCli({QStringLiteral("analyze"), ggcr("mutate__whiteout_image.tar")});
        QVERIFY2(r.finished && r.code == 0, r.describe().constData());
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n');
        static const QRegularExpression header(
            QStringLiteral("^\\s+#\\s+Size\\s+Added\\s+Modif\\.\\s+Remov\\.\\s+Verified\\s+Command$"));
        static const QRegularExpression row(
            QStringLiteral("^\\s+(\\d+)\\s+\\S+ [kMGT]?B\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(yes|NO|UNREAD)\\s+(.*)$"));
        qsizetype at = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (header.match(lines[i]).hasMatch()) {
                at = i;
                break;
            }
        }
        QVERIFY2(at >= 0, r.describe().constData());
        QStringList rows;
        for (qsizetype i = at + 1; i < lines.size(); ++i) {
            const auto m = row.match(lines[i]);
            if (!m.hasMatch()) {
                break;
            }
            rows << m.captured(1) + u' ' + m.captured(2) + u' ' + m.captured(3) + u' '
                    + m.captured(4) + u' ' + m.captured(5);
        }
        // Layer 0 adds bar.txt and foo.txt, layer 1 removes foo.txt, layer 2 is empty.
        QCOMPARE(rows, QStringList({QStringLiteral("0 2 0 0 yes"), QStringLiteral("1 0 0 1 yes"),
                                    QStringLiteral("2 0 0 0 yes")}));
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QStringLiteral("bazel/pkg/v1/mutate:whiteout_image")));
        QVERIFY(text.contains(
            QStringLiteral("sha256:decb630649c3e1256345d416b228d6c3ceb387a55120ad44dc3ec992976d28b9")));
        QVERIFY(text.contains(QStringLiteral("bazel build ...")));
    }

    void analyzeJsonContract()
    {
        Run r;
        const QString save = engine("scenario-save.tar");
        const QString exported = engine("scenario-export.tar");
        const QJsonDocument doc = analyzeJson({save, exported}, &r);
        QVERIFY2(r.finished && r.code == 0, r.describe().constData());
        QVERIFY2(doc.isObject(), r.describe().constData());
        // Nothing but the document on standard output.
        QVERIFY(r.out.trimmed().startsWith('{') && r.out.trimmed().endsWith('}'));
        const QJsonObject root = doc.object();

        const QSet<QString> top = set({"schema", "tool", "evidence", "images", "containers",
                                       "findings", "integrity", "warnings"});
        QVERIFY2(keysOf(root).contains(top), missing(root, top).constData());
        QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("dockscope.analysis/1"));
        const QJsonObject tool = root.value(QStringLiteral("tool")).toObject();
        QCOMPARE(tool.value(QStringLiteral("name")).toString(), QStringLiteral("dockscope"));
        QCOMPARE(tool.value(QStringLiteral("version")).toString(), QStringLiteral(DOCKSCOPE_VERSION));
        QVERIFY(root.value(QStringLiteral("containers")).isArray());
        QVERIFY(root.value(QStringLiteral("findings")).isArray());
        QVERIFY(root.value(QStringLiteral("integrity")).isArray());
        QVERIFY(root.value(QStringLiteral("warnings")).isArray());
        QVERIFY(root.value(QStringLiteral("warnings")).toArray().isEmpty());

        // evidence
        const QJsonArray evidence = root.value(QStringLiteral("evidence")).toArray();
        QCOMPARE(evidence.size(), 2);
        const QSet<QString> evidenceKeys = set({"path", "kind", "sha256", "sizeBytes"});
        for (const QJsonValue &v : evidence) {
            const QJsonObject e = v.toObject();
            QVERIFY2(keysOf(e).contains(evidenceKeys), missing(e, evidenceKeys).constData());
            QVERIFY(e.value(QStringLiteral("sha256")).toString().startsWith(QStringLiteral("sha256:")));
        }
        QCOMPARE(evidence[0].toObject().value(QStringLiteral("path")).toString(), save);
        QCOMPARE(evidence[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("docker-archive"));
        QCOMPARE(evidence[0].toObject().value(QStringLiteral("sizeBytes")).toInteger(), QFileInfo(save).size());
        QCOMPARE(evidence[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("container-export"));

        // images
        const QJsonArray images = root.value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), 2);
        const QSet<QString> imageKeys = set({"id", "repoTags", "created", "os", "architecture",
                                             "config", "history", "layers", "efficiency"});
        const QSet<QString> configKeys = set({"user", "env", "entrypoint", "cmd", "workingDir",
                                              "exposedPorts", "labels"});
        const QSet<QString> historyKeys = set({"created", "createdBy", "emptyLayer"});
        const QSet<QString> layerKeys = set({"index", "digest", "diffId", "mediaType", "sizeBytes",
                                             "createdBy", "verified", "added", "modified", "removed"});
        const QSet<QString> efficiencyKeys = set({"score", "sizeBytes", "userSizeBytes", "wastedBytes",
                                                  "userWastedPercent", "inefficientFiles"});
        for (const QJsonValue &v : images) {
            const QJsonObject img = v.toObject();
            QVERIFY2(keysOf(img).contains(imageKeys), missing(img, imageKeys).constData());
            QVERIFY(!img.contains(QStringLiteral("files"))); // only with --files
            QVERIFY(img.value(QStringLiteral("repoTags")).isArray());
            const QJsonObject config = img.value(QStringLiteral("config")).toObject();
            QVERIFY2(keysOf(config).contains(configKeys), missing(config, configKeys).constData());
            QVERIFY(config.value(QStringLiteral("env")).isArray());
            QVERIFY(config.value(QStringLiteral("entrypoint")).isArray());
            QVERIFY(config.value(QStringLiteral("cmd")).isArray());
            QVERIFY(config.value(QStringLiteral("exposedPorts")).isArray());
            QVERIFY(config.value(QStringLiteral("labels")).isObject());
            for (const QJsonValue &h : img.value(QStringLiteral("history")).toArray()) {
                QVERIFY2(keysOf(h.toObject()).contains(historyKeys),
                         missing(h.toObject(), historyKeys).constData());
            }
            const QJsonArray layers = img.value(QStringLiteral("layers")).toArray();
            QVERIFY(!layers.isEmpty());
            for (int i = 0; i < layers.size(); ++i) {
                const QJsonObject l = layers[i].toObject();
                QVERIFY2(keysOf(l).contains(layerKeys), missing(l, layerKeys).constData());
                QCOMPARE(l.value(QStringLiteral("index")).toInt(), i);
                QVERIFY(l.value(QStringLiteral("verified")).isBool());
                QVERIFY(l.value(QStringLiteral("sizeBytes")).isDouble());
                QVERIFY(l.value(QStringLiteral("diffId")).toString().startsWith(QStringLiteral("sha256:")));
            }
            const QJsonObject eff = img.value(QStringLiteral("efficiency")).toObject();
            QVERIFY2(keysOf(eff).contains(efficiencyKeys), missing(eff, efficiencyKeys).constData());
            QVERIFY(eff.value(QStringLiteral("score")).isDouble());
            QVERIFY(eff.value(QStringLiteral("inefficientFiles")).isArray());
            for (const QJsonValue &f : eff.value(QStringLiteral("inefficientFiles")).toArray()) {
                const QSet<QString> k = set({"path", "count", "sizeBytes"});
                QVERIFY2(keysOf(f.toObject()).contains(k), missing(f.toObject(), k).constData());
            }
        }

        // Values of the docker save image.
        const QJsonObject img = images[0].toObject();
        QCOMPARE(img.value(QStringLiteral("id")).toString(), fact(QStringLiteral("image_id")));
        QCOMPARE(img.value(QStringLiteral("repoTags")).toArray(),
                 QJsonArray{fact(QStringLiteral("image_ref"))});
        QCOMPARE(img.value(QStringLiteral("os")).toString(), QStringLiteral("linux"));
        QCOMPARE(img.value(QStringLiteral("architecture")).toString(), QStringLiteral("amd64"));
        QVERIFY(isRfc3339Utc(img.value(QStringLiteral("created")).toString()));
        const QJsonObject config = img.value(QStringLiteral("config")).toObject();
        QCOMPARE(config.value(QStringLiteral("user")).toString(), QStringLiteral("1000"));
        QCOMPARE(config.value(QStringLiteral("workingDir")).toString(), QStringLiteral("/opt/app"));
        QCOMPARE(config.value(QStringLiteral("exposedPorts")).toArray(), QJsonArray{QStringLiteral("8080/tcp")});
        QCOMPARE(config.value(QStringLiteral("entrypoint")).toArray(),
                 QJsonArray({QStringLiteral("/bin/sh"), QStringLiteral("-c")}));
        QCOMPARE(config.value(QStringLiteral("labels")).toObject().value(QStringLiteral("org.dockscope.scenario")).toString(),
                 QStringLiteral("engine"));
        const QJsonArray history = img.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), fact(QStringLiteral("history_count")).toInt());
        int emptyLayers = 0;
        for (const QJsonValue &h : history) {
            emptyLayers += h.toObject().value(QStringLiteral("emptyLayer")).toBool() ? 1 : 0;
            QVERIFY(isRfc3339Utc(h.toObject().value(QStringLiteral("created")).toString()));
        }
        QCOMPARE(emptyLayers, fact(QStringLiteral("empty_layer_count")).toInt());
        const QJsonArray layers = img.value(QStringLiteral("layers")).toArray();
        QCOMPARE(layers.size(), fact(QStringLiteral("layer_count")).toInt());
        for (int i = 0; i < layers.size(); ++i) {
            const QJsonObject l = layers[i].toObject();
            const QString prefix = QStringLiteral("layer%1_").arg(i);
            QCOMPARE(l.value(QStringLiteral("diffId")).toString(), fact(prefix + QStringLiteral("diff_id")));
            QCOMPARE(l.value(QStringLiteral("digest")).toString(), fact(prefix + QStringLiteral("diff_id")));
            QCOMPARE(QString::number(l.value(QStringLiteral("sizeBytes")).toInteger()),
                     fact(prefix + QStringLiteral("regular_bytes")));
            QVERIFY(l.value(QStringLiteral("verified")).toBool());
        }
        QCOMPARE(layers[3].toObject().value(QStringLiteral("removed")).toInt(), 1);
        QCOMPARE(layers[4].toObject().value(QStringLiteral("removed")).toInt(), 3);
        QCOMPARE(layers[4].toObject().value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(layers[2].toObject().value(QStringLiteral("modified")).toInt(), 1);
        QVERIFY(layers[2].toObject().value(QStringLiteral("createdBy")).toString().contains(QStringLiteral("seq -w 1 400")));
        const QJsonObject eff = img.value(QStringLiteral("efficiency")).toObject();
        QVERIFY(eff.value(QStringLiteral("userWastedPercent")).isDouble());
        QVERIFY(eff.value(QStringLiteral("wastedBytes")).toInteger() > 0);
        QCOMPARE(eff.value(QStringLiteral("inefficientFiles")).toArray().size(), 2);
        // The export is one layer: dive's userWastedPercent is NaN, written as null.
        const QJsonObject exportEff = images[1].toObject().value(QStringLiteral("efficiency")).toObject();
        QVERIFY(exportEff.value(QStringLiteral("userWastedPercent")).isNull());
        QCOMPARE(exportEff.value(QStringLiteral("score")).toDouble(), 1.0);

        for (const QJsonValue &v : root.value(QStringLiteral("integrity")).toArray()) {
            const QJsonObject c = v.toObject();
            const QSet<QString> k = set({"subject", "expected", "actual", "ok"});
            QVERIFY2(keysOf(c).contains(k), missing(c, k).constData());
            QVERIFY(c.value(QStringLiteral("ok")).toBool());
        }
    }

    void analyzeJsonToFile()
    {
        const QString out = m_tmp.filePath(QStringLiteral("analysis.json"));
        const Run r = runCli({QStringLiteral("analyze"), QStringLiteral("--json"), out,
                              ggcr("mutate__whiteout_image.tar")});
        QVERIFY2(r.finished && r.code == 0, r.describe().constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QVERIFY(QJsonDocument::fromJson(written).isObject());
        Run toStdout;
        analyzeJson({ggcr("mutate__whiteout_image.tar")}, &toStdout);
        QCOMPARE(written, toStdout.out);
    }

    void analyzeFiles()
    {
        Run r;
        const QJsonDocument doc = analyzeJson({QStringLiteral("--files"), engine("scenario-save.tar")}, &r);
        QVERIFY2(r.finished && r.code == 0, r.describe().constData());
        const QJsonObject img = doc.object().value(QStringLiteral("images")).toArray().at(0).toObject();
        QVERIFY(img.value(QStringLiteral("files")).isArray());
        const QJsonArray files = img.value(QStringLiteral("files")).toArray();
        QStringList paths;
        QMap<QString, QJsonObject> byPath;
        const QSet<QString> fileKeys = set({"path", "type", "size", "mode", "uid", "gid", "mtime",
                                            "linkTarget", "layer", "sha256"});
        const QSet<QString> types = set({"file", "dir", "symlink", "hardlink", "char", "block", "fifo"});
        static const QRegularExpression octal(QStringLiteral("^[0-7]{3,4}$"));
        for (const QJsonValue &v : files) {
            const QJsonObject f = v.toObject();
            QVERIFY2(keysOf(f).contains(fileKeys), missing(f, fileKeys).constData());
            QVERIFY(types.contains(f.value(QStringLiteral("type")).toString()));
            QVERIFY2(octal.match(f.value(QStringLiteral("mode")).toString()).hasMatch(),
                     qPrintable(f.value(QStringLiteral("path")).toString()));
            paths << f.value(QStringLiteral("path")).toString();
            byPath.insert(paths.last(), f);
        }
        // Every visible path once, and exactly the engine's flattened file system.
        QStringList sorted = paths;
        sorted.sort();
        QCOMPARE(sorted, readLines(engine("scenario-expected.txt")));

        const QJsonObject suid = byPath.value(QStringLiteral("/usr/local/bin/suid-tool"));
        QCOMPARE(suid.value(QStringLiteral("mode")).toString(), QStringLiteral("4755"));
        QCOMPARE(suid.value(QStringLiteral("type")).toString(), QStringLiteral("file"));
        QCOMPARE(suid.value(QStringLiteral("size")).toInteger(), 47);
        QCOMPARE(suid.value(QStringLiteral("uid")).toInt(), 0);
        QCOMPARE(suid.value(QStringLiteral("layer")).toInt(), 1);
        QVERIFY(suid.value(QStringLiteral("sha256")).toString().startsWith(QStringLiteral("sha256:")));
        QVERIFY(isRfc3339Utc(suid.value(QStringLiteral("mtime")).toString()));
        QCOMPARE(byPath.value(QStringLiteral("/tmp")).value(QStringLiteral("mode")).toString(), QStringLiteral("1777"));
        QCOMPARE(byPath.value(QStringLiteral("/root")).value(QStringLiteral("mode")).toString(), QStringLiteral("0700"));
        QCOMPARE(byPath.value(QStringLiteral("/tmp")).value(QStringLiteral("type")).toString(), QStringLiteral("dir"));
        QCOMPARE(byPath.value(QStringLiteral("/home/user")).value(QStringLiteral("uid")).toInt(), 1000);
        const QJsonObject link = byPath.value(QStringLiteral("/usr/local/bin/tool-link"));
        QCOMPARE(link.value(QStringLiteral("type")).toString(), QStringLiteral("symlink"));
        QCOMPARE(link.value(QStringLiteral("linkTarget")).toString(), QStringLiteral("suid-tool"));
        const QJsonObject h1 = byPath.value(QStringLiteral("/data/h1"));
        const QJsonObject h2 = byPath.value(QStringLiteral("/data/h2"));
        QCOMPARE(h2.value(QStringLiteral("type")).toString(), QStringLiteral("hardlink"));
        QCOMPARE(h2.value(QStringLiteral("sha256")).toString(), h1.value(QStringLiteral("sha256")).toString());
        QCOMPARE(byPath.value(QStringLiteral("/opt/app/new.txt")).value(QStringLiteral("layer")).toInt(), 4);
    }

    void analyzePlatform()
    {
        Run r;
        const QJsonDocument doc = analyzeJson(
            {QStringLiteral("--platform"), QStringLiteral("linux/arm64"),
             peer(QStringLiteral("regclient/testrepo"))},
            &r);
        QVERIFY2(r.finished && r.code == 0, r.describe().constData());
        const QJsonArray images = doc.object().value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), 6);
        for (const QJsonValue &v : images) {
            QCOMPARE(v.toObject().value(QStringLiteral("architecture")).toString(), QStringLiteral("arm64"));
        }
        const QJsonObject e = doc.object().value(QStringLiteral("evidence")).toArray().at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("oci-layout"));
        QCOMPARE(e.value(QStringLiteral("artifacts")).toArray().size(), 13);
    }

    void analyzeIsDeterministic_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("one archive")
            << QStringList{QStringLiteral("--files"), engine("scenario-save.tar")};
        QTest::newRow("two evidence items")
            << QStringList{QStringLiteral("--files"), ggcr("mutate__whiteout_image.tar"),
                           engine("scenario-oci")};
        QTest::newRow("four kinds")
            << QStringList{QStringLiteral("--files"), engine("scenario-export.tar"),
                           peer(QStringLiteral("trivy/alpine-311.tar.gz")),
                           peer(QStringLiteral("regclient/testrepo")), ggcr("tarball__test_link.tar")};
    }

    void analyzeIsDeterministic()
    {
        QFETCH(QStringList, arguments);
        Run first;
        Run second;
        const QJsonDocument doc = analyzeJson(arguments, &first);
        analyzeJson(arguments, &second);
        QVERIFY2(first.finished && second.finished, first.describe().constData());
        QVERIFY2(doc.isObject(), first.describe().constData());
        QCOMPARE(first.code, second.code);
        QVERIFY(!first.out.isEmpty());
        QVERIFY2(first.out == second.out, "two runs on the same evidence wrote different JSON");
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("evidence");
        QTest::addColumn<int>("code");
        QTest::newRow("good archive") << QStringList{ggcr("mutate__whiteout_image.tar")} << 0;
        QTest::newRow("good OCI folder") << QStringList{engine("scenario-oci")} << 0;
        QTest::newRow("missing file") << QStringList{m_tmp.filePath(QStringLiteral("no-such.tar"))} << 3;
        QTest::newRow("null manifest") << QStringList{ggcr("tarball__null_manifest.tar")} << 3;
        // Its config member is named after a digest its bytes do not have.
        QTest::newRow("config digest mismatch")
            << QStringList{ggcr("mutate__source_image_with_empty_layer_history.tar")} << 1;
        QTest::newRow("OCI folder, PATH:TAG")
            << QStringList{peer(QStringLiteral("trivy/test_image_tag.oci:0.0.1"))} << 0;
        QTest::newRow("OCI folder, PATH:TAG of an absent tag")
            << QStringList{peer(QStringLiteral("trivy/test_image_tag.oci:0.0.0"))} << 3;
        QTest::newRow("good and missing")
            << QStringList{ggcr("mutate__whiteout_image.tar"), m_tmp.filePath(QStringLiteral("no-such.tar"))}
            << 1;
    }

    void exitCodes()
    {
        QFETCH(QStringList, evidence);
        QFETCH(int, code);
        // The text summary and the JSON document give the same exit code.
        const Run text = runCli(QStringList{QStringLiteral("analyze")} + evidence);
        QVERIFY2(text.finished && text.code == code, text.describe().constData());
        Run json;
        const QJsonDocument doc = analyzeJson(evidence, &json);
        QVERIFY2(json.finished && json.code == code, json.describe().constData());
        QVERIFY2(doc.isObject(), json.describe().constData());
        const QJsonArray warnings = doc.object().value(QStringLiteral("warnings")).toArray();
        if (code == 0) {
            QVERIFY2(warnings.isEmpty(), json.describe().constData());
        } else {
            QVERIFY2(!warnings.isEmpty(), json.describe().constData());
            for (const QJsonValue &w : warnings) {
                const QSet<QString> k = set({"evidence", "where", "message"});
                QVERIFY2(keysOf(w.toObject()).contains(k), missing(w.toObject(), k).constData());
            }
        }
        if (code == 3) {
            QVERIFY(doc.object().value(QStringLiteral("images")).toArray().isEmpty());
        }
    }

    void configDigestMismatchIsReported()
    {
        Run r;
        const QJsonDocument doc =
            analyzeJson({ggcr("mutate__source_image_with_empty_layer_history.tar")}, &r);
        QCOMPARE(r.code, 1);
        bool found = false;
        for (const QJsonValue &v : doc.object().value(QStringLiteral("integrity")).toArray()) {
            const QJsonObject c = v.toObject();
            if (!c.value(QStringLiteral("ok")).toBool()) {
                found = true;
                QCOMPARE(c.value(QStringLiteral("expected")).toString(),
                         QStringLiteral("sha256:6e0b05049ed9c17d02e1a55e80d6599dbfcce7f4f4b022e3c673e685789c470e"));
                QCOMPARE(c.value(QStringLiteral("actual")).toString(),
                         QStringLiteral("sha256:05b5ec1290589606ce19fabb1fb331f004acd9f618b9b4e813721be1a03a0712"));
            }
        }
        QVERIFY2(found, r.out.constData());
    }

    // ---------------------------------------------------------------- ci

    void ci_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("dotDiveCi"); // written to the working folder when not empty
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("lowestEfficiency");
        QTest::addColumn<QString>("highestWastedBytes");
        QTest::addColumn<QString>("highestUserWastedPercent");

        const QString whiteout = ggcr("mutate__whiteout_image.tar");
        const QString save = engine("scenario-save.tar");
        // mutate__whiteout_image: efficiency 0.5, 4 wasted bytes, one-layer user size 0 (NaN).
        QTest::newRow("defaults fail on efficiency 0.5")
            << QStringList{whiteout} << QString() << 1 << "FAIL" << "FAIL" << "SKIP" << "PASS";
        QTest::newRow("lowest efficiency 0.99 fails")
            << QStringList{QStringLiteral("--lowest-efficiency"), QStringLiteral("0.99"), whiteout}
            << QString() << 1 << "FAIL" << "FAIL" << "SKIP" << "PASS";
        QTest::newRow("lowest efficiency 0.1, user wasted disabled pass")
            << QStringList{QStringLiteral("--lowest-efficiency"), QStringLiteral("0.1"),
                           QStringLiteral("--highest-user-wasted-percent"), QStringLiteral("disabled"),
                           whiteout}
            << QString() << 0 << "PASS" << "PASS" << "SKIP" << "SKIP";
        QTest::newRow("1KB wasted allowed, 4 B wasted")
            << QStringList{QStringLiteral("--lowest-efficiency"), QStringLiteral("0.1"),
                           QStringLiteral("--highest-user-wasted-percent"), QStringLiteral("disabled"),
                           QStringLiteral("--highest-wasted-bytes"), QStringLiteral("1KB"), whiteout}
            << QString() << 0 << "PASS" << "PASS" << "PASS" << "SKIP";
        // scenario-save wastes 1656 bytes (a.txt twice, deleteme.conf and its whiteout).
        QTest::newRow("1KB wasted allowed, 1656 B wasted")
            << QStringList{QStringLiteral("--lowest-efficiency"), QStringLiteral("0.1"),
                           QStringLiteral("--highest-user-wasted-percent"), QStringLiteral("disabled"),
                           QStringLiteral("--highest-wasted-bytes"), QStringLiteral("1KB"), save}
            << QString() << 1 << "FAIL" << "PASS" << "FAIL" << "SKIP";
        QTest::newRow("--ci-config failing")
            << QStringList{QStringLiteral("--ci-config"), QStringLiteral("CONFIG"), whiteout}
            << QStringLiteral("rules:\n  lowestEfficiency: 0.99\n  highestWastedBytes: disabled\n"
                              "  highestUserWastedPercent: disabled\n")
            << 1 << "FAIL" << "FAIL" << "SKIP" << "SKIP";
        QTest::newRow("--ci-config passing")
            << QStringList{QStringLiteral("--ci-config"), QStringLiteral("CONFIG"), whiteout}
            << QStringLiteral("# dive CI rules\nrules:\n  lowestEfficiency: 0.1 # lenient\n"
                              "  highestWastedBytes: \"1KB\"\n  highestUserWastedPercent: disabled\n")
            << 0 << "PASS" << "PASS" << "PASS" << "SKIP";
        QTest::newRow("--ci-config wasted bytes")
            << QStringList{QStringLiteral("--ci-config"), QStringLiteral("CONFIG"), save}
            << QStringLiteral("rules:\n  lowestEfficiency: 0.1\n  highestWastedBytes: 1KB\n"
                              "  highestUserWastedPercent: disabled\n")
            << 1 << "FAIL" << "PASS" << "FAIL" << "SKIP";
        QTest::newRow("command line overrides --ci-config")
            << QStringList{QStringLiteral("--ci-config"), QStringLiteral("CONFIG"),
                           QStringLiteral("--lowest-efficiency"), QStringLiteral("0.1"), whiteout}
            << QStringLiteral("rules:\n  lowestEfficiency: 0.99\n  highestUserWastedPercent: disabled\n")
            << 0 << "PASS" << "PASS" << "SKIP" << "SKIP";
        QTest::newRow(".dive-ci in the working folder")
            << QStringList{whiteout}
            << QStringLiteral("rules:\n  lowestEfficiency: 0.1\n  highestUserWastedPercent: disabled\n")
            << 0 << "PASS" << "PASS" << "SKIP" << "SKIP";
    }

    void ci()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, dotDiveCi);
        QFETCH(int, code);
        QFETCH(QString, result);
        QFETCH(QString, lowestEfficiency);
        QFETCH(QString, highestWastedBytes);
        QFETCH(QString, highestUserWastedPercent);

        QTemporaryDir work;
        QVERIFY(work.isValid());
        if (!dotDiveCi.isEmpty()) {
            const QString config = work.filePath(QStringLiteral(".dive-ci"));
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(dotDiveCi.toUtf8());
            f.close();
            arguments.replaceInStrings(QStringLiteral("CONFIG"), config);
        }
        const Run r = runCli(QStringList{QStringLiteral("ci")} + arguments, work.path());
        QVERIFY2(r.finished && r.code == code, r.describe().constData());
        const CiReport report = parseCi(r.out);
        QVERIFY2(report.wellFormed, r.describe().constData());
        QCOMPARE(report.result, result);
        QCOMPARE(report.status.value(QStringLiteral("lowestEfficiency")), lowestEfficiency);
        QCOMPARE(report.status.value(QStringLiteral("highestWastedBytes")), highestWastedBytes);
        QCOMPARE(report.status.value(QStringLiteral("highestUserWastedPercent")), highestUserWastedPercent);
        // The tally matches the lines.
        QCOMPARE(report.total, 3);
        QCOMPARE(report.passed, int(std::count(report.status.begin(), report.status.end(), QStringLiteral("PASS"))));
        QCOMPARE(report.failed, int(std::count(report.status.begin(), report.status.end(), QStringLiteral("FAIL"))));
        QCOMPARE(report.skipped, int(std::count(report.status.begin(), report.status.end(), QStringLiteral("SKIP"))));
        QCOMPARE(report.warn, 0);
        for (auto it = report.status.cbegin(); it != report.status.cend(); ++it) {
            if (it.value() == u"SKIP") {
                QCOMPARE(report.message.value(it.key()), QStringLiteral("rule disabled"));
            }
        }
        if (lowestEfficiency == u"FAIL") {
            QVERIFY2(report.message.value(QStringLiteral("lowestEfficiency"))
                         .startsWith(QStringLiteral("image efficiency is too low (efficiency=0.5 < threshold=")),
                     r.describe().constData());
        }
        if (highestWastedBytes == u"FAIL") {
            QCOMPARE(report.message.value(QStringLiteral("highestWastedBytes")),
                     QStringLiteral("too many bytes wasted (wasted-bytes=1656 > threshold=1000)"));
        }
        // dive's header lines before the rules.
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QStringLiteral("  efficiency: ")));
        QVERIFY(text.contains(QStringLiteral("  wastedBytes: ")));
        QVERIFY(text.contains(QStringLiteral("  userWastedPercent: ")));
        QVERIFY(text.contains(QStringLiteral("Inefficient Files:")));
    }

    void ciWithoutImageIsNoEvidence()
    {
        const Run r = runCli({QStringLiteral("ci"), ggcr("tarball__null_manifest.tar")});
        QVERIFY2(r.finished && r.code == 3, r.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
