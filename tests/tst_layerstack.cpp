// Applying layers: whiteouts, opaque directories, replacement and per-path provenance.

#include "analysis/layerstack.h"
#include "layerhelpers.h"
#include "tarbuilder.h"

#include <QTest>

using namespace dockscope;
using namespace dockscope::test;

namespace {

QStringList S(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items) {
        out << QString::fromUtf8(i);
    }
    return out;
}

// "A0 M2 R4" for the events of a path: kind letter and layer.
QString history(const FileTree &tree, const std::string &path)
{
    const std::uint32_t n = tree.find(path);
    if (n == FileTree::NoNode) {
        return QStringLiteral("missing");
    }
    QStringList parts;
    for (const auto &e : tree.events(n)) {
        const char *k = "?";
        switch (e.kind) {
        case FileTree::EventKind::Added:
            k = "A";
            break;
        case FileTree::EventKind::Modified:
            k = "M";
            break;
        case FileTree::EventKind::Retouched:
            k = "T";
            break;
        case FileTree::EventKind::Removed:
            k = "R";
            break;
        }
        parts << QStringLiteral("%1%2").arg(QLatin1String(k)).arg(e.layer);
    }
    return parts.join(u' ');
}

} // namespace

class TestLayerStack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whiteoutDeletesFileAndSubtree()
    {
        const auto layers = scanAll({
            TarBuilder().dir("a").file("a/keep", "1").dir("a/gone").file("a/gone/x", "2")
                .file("a/gone/y", "3").file("f", "4").bytes(),
            TarBuilder().whiteout("a/gone").whiteout("f").bytes(),
        });
        const StackResult s = stack(layers);
        QCOMPARE(visiblePaths(*s.tree), S({"/a", "/a/keep"}));
        QCOMPARE(s.changes[1].removed, 4); // a/gone, its two files, and f
        QCOMPARE(s.changes[1].added, 0);
        QCOMPARE(history(*s.tree, "a/gone/x"), QStringLiteral("A0 R1"));
    }

    void opaqueDirectoryKeepsOnlyItsOwnLayer()
    {
        // regclient's layer-wh.tar semantics: exdir/.wh..wh..opq hides the lower exdir/test.txt.
        const auto layers = scanAll({
            TarBuilder().dir("exdir").file("exdir/test.txt", "lower").file("exdir/sub/deep", "d").bytes(),
            TarBuilder().dir("exdir").opaque("exdir").file("exdir/new.txt", "upper").bytes(),
        });
        const StackResult s = stack(layers);
        QCOMPARE(visiblePaths(*s.tree), S({"/exdir", "/exdir/new.txt"}));
        QCOMPARE(s.changes[1].removed, 3);
        QCOMPARE(s.changes[1].added, 1);
        // dive ignores opaque markers; we do not.
        QCOMPARE(history(*s.tree, "exdir/test.txt"), QStringLiteral("A0 R1"));
    }

    void whiteoutAppliesOnlyToLowerLayers()
    {
        // A whiteout and a new entry of the same name in one layer: the new entry stays,
        // whatever their order in the tar.
        const auto layers = scanAll({
            TarBuilder().file("etc/conf", "old").bytes(),
            TarBuilder().file("etc/conf", "new").whiteout("etc/conf").bytes(),
        });
        const StackResult s = stack(layers);
        QCOMPARE(visiblePaths(*s.tree), S({"/etc", "/etc/conf"}));
        const std::uint32_t n = s.tree->find("etc/conf");
        QCOMPARE(s.tree->sha256(n), Sha256::of(QByteArray("new")));
        QCOMPARE(history(*s.tree, "etc/conf"), QStringLiteral("A0 R1 A1"));
    }

    void provenanceRecordsEveryLayer()
    {
        const auto layers = scanAll({
            TarBuilder().file("app/a.txt", "v1").bytes(),
            TarBuilder().file("app/b.txt", "b").bytes(),
            TarBuilder().file("app/a.txt", "v2").bytes(),
            TarBuilder().whiteout("app/a.txt").bytes(),
            TarBuilder().file("app/a.txt", "v3").bytes(),
        });
        const StackResult s = stack(layers);
        QCOMPARE(history(*s.tree, "app/a.txt"), QStringLiteral("A0 M2 R3 A4"));
        const auto &node = s.tree->node(s.tree->find("app/a.txt"));
        QCOMPARE(node.layer, 4);
        QCOMPARE(node.addedLayer, 4);
        QCOMPARE(node.removedLayer, -1);
        QCOMPARE(s.changes[2].modified, 1);
        QCOMPARE(s.changes[3].removed, 1);
        QCOMPARE(s.changes[4].added, 1);
        // Implied parent directory added by layer 0, untouched later.
        QCOMPARE(history(*s.tree, "app"), QStringLiteral("A0"));
        QVERIFY(s.tree->entry(s.tree->find("app")) == nullptr);
    }

    void directoryRelistedUnchangedIsNotAModification()
    {
        const auto layers = scanAll({
            TarBuilder().dir("etc", 0755).file("etc/a", "1").bytes(),
            TarBuilder().dir("etc", 0755).file("etc/b", "2").bytes(),
            TarBuilder().dir("etc", 0700).bytes(),
        });
        const StackResult s = stack(layers);
        QCOMPARE(s.changes[1].modified, 0);
        QCOMPARE(s.changes[1].added, 1);
        QCOMPARE(s.changes[2].modified, 1); // mode changed
        QCOMPARE(history(*s.tree, "etc"), QStringLiteral("A0 T1 M2"));
    }

    void fileReplacingDirectoryRemovesItsChildren()
    {
        const auto layers = scanAll({
            TarBuilder().dir("x").file("x/inner", "1").bytes(),
            TarBuilder().file("x", "now a file").bytes(),
        });
        const StackResult s = stack(layers);
        QCOMPARE(visiblePaths(*s.tree), S({"/x"}));
        QCOMPARE(s.tree->type(s.tree->find("x")), EntryType::File);
        QCOMPARE(s.changes[1].removed, 1);
        QCOMPARE(s.changes[1].modified, 1);
    }

    void hardLinkToLowerLayerTakesItsDigest()
    {
        const auto layers = scanAll({
            TarBuilder().file("bin/busybox", "BUSYBOX").bytes(),
            TarBuilder().hardlink("bin/sh", "bin/busybox").bytes(),
        });
        const StackResult s = stack(layers);
        QCOMPARE(s.tree->sha256(s.tree->find("bin/sh")), Sha256::of(QByteArray("BUSYBOX")));
    }

    void whiteoutOfMissingPathIsNoted()
    {
        const auto layers = scanAll({
            TarBuilder().file("a", "1").bytes(),
            TarBuilder().whiteout("nothere").bytes(),
        });
        const StackResult s = stack(layers);
        QCOMPARE(s.changes[1].removed, 0);
        QCOMPARE(s.diagnostics.size(), std::size_t(1));
        QCOMPARE(s.diagnostics[0].severity, Diagnostic::Severity::Info);
        QVERIFY(s.diagnostics[0].where.contains(QStringLiteral(".wh.nothere")));
    }

    void duplicateInOneLayerCountsOnce()
    {
        const auto layers = scanAll({
            TarBuilder().file("d", "first").file("d", "second").bytes(),
        });
        const StackResult s = stack(layers);
        QCOMPARE(s.changes[0].added, 1);
        QCOMPARE(s.tree->sha256(s.tree->find("d")), Sha256::of(QByteArray("second")));
    }

    void treeIsSortedAndFindable()
    {
        const auto layers = scanAll({
            TarBuilder().file("b/2", "x").file("a/1", "y").file("b/1", "z").file("a-b", "w").bytes(),
        });
        const StackResult s = stack(layers);
        const FileTree &t = *s.tree;
        QStringList rootNames;
        for (std::uint32_t c : t.children(FileTree::Root)) {
            rootNames << QString::fromStdString(std::string(t.name(c)));
        }
        QCOMPARE(rootNames, S({"a", "a-b", "b"}));
        QVERIFY(t.find("b/1") != FileTree::NoNode);
        QVERIFY(t.find("/b/2") != FileTree::NoNode);
        QVERIFY(t.find("b/3") == FileTree::NoNode);
        QCOMPARE(t.path(t.find("b/1")), std::string("b/1"));
        QCOMPARE(t.visibleCount(), std::size_t(6));
    }
};

QTEST_GUILESS_MAIN(TestLayerStack)
#include "tst_layerstack.moc"
