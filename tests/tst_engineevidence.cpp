// Integration tests on evidence made with a real dockerd (tests/data/engine, see its README):
// docker save, the skopeo OCI layout (folder and tar) and a docker export of the container.
// Ids, digests and markers are read at run time from scenario-facts.txt, which make.sh rewrites
// whenever the evidence is made again; the flattened file system comes from the engine itself
// (scenario-expected.txt and scenario-expected-stat.txt).

#include "analysis/analyzer.h"
#include "layerhelpers.h"
#include "testpaths.h"
#include "util/digest.h"
#include "util/format.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <map>

using namespace dockscope;
using namespace dockscope::test;

namespace {

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    QStringList out;
    while (!f.atEnd()) {
        QString line = QString::fromUtf8(f.readLine());
        if (line.endsWith(u'\n')) {
            line.chop(1);
        }
        out << line;
    }
    return out;
}

// scenario-facts.txt: "key=value" lines; "whiteout" and "opaque" may repeat.
class Facts
{
public:
    bool load(const QString &path)
    {
        const QStringList lines = readLines(path);
        for (const QString &line : lines) {
            if (line.isEmpty() || line.startsWith(u'#')) {
                continue;
            }
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0) {
                m_values.append({line.left(eq), line.mid(eq + 1)});
            }
        }
        return !m_values.isEmpty();
    }
    QString operator[](const QString &key) const
    {
        const QStringList v = all(key);
        return v.isEmpty() ? QString() : v.first();
    }
    QString layer(int i, const char *what) const
    {
        return (*this)[QStringLiteral("layer%1_%2").arg(i).arg(QLatin1String(what))];
    }
    QString ociLayer(int i, const char *what) const
    {
        return (*this)[QStringLiteral("oci_layer%1_%2").arg(i).arg(QLatin1String(what))];
    }
    int number(const QString &key) const { return (*this)[key].toInt(); }
    // Every value of a key, in file order.
    QStringList all(const QString &key) const
    {
        QStringList out;
        for (const auto &[k, v] : m_values) {
            if (k == key) {
                out << v;
            }
        }
        return out;
    }

private:
    QList<QPair<QString, QString>> m_values;
};

Analysis analyse(const QStringList &evidence)
{
    return Analyzer::run(evidence, AnalyzeOptions{});
}

QByteArray diagnosticsText(const Analysis &a)
{
    QStringList lines;
    for (const Diagnostic &d : a.diagnostics) {
        lines << QStringLiteral("[%1] %2").arg(Diagnostic::severityName(d.severity), d.toString());
    }
    return lines.join(u'\n').toUtf8();
}

QString fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QStringLiteral("sha256:") + QString::fromLatin1(h.result().toHex());
}

// docs/engine.md: a folder's digest is SHA-256 over "<sha256>  <relative path>\n" per file,
// sorted by path (sha256sum over the sorted file list).
QString folderSha256(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next().mid(root.size() + 1);
    }
    files.sort();
    QByteArray listing;
    for (const QString &f : files) {
        listing += fileSha256(root + u'/' + f).mid(7).toUtf8() + "  " + f.toUtf8() + '\n';
    }
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(listing, QCryptographicHash::Sha256).toHex());
}

QString typeLetter(EntryType t)
{
    switch (t) {
    case EntryType::Directory:
        return QStringLiteral("d");
    case EntryType::Symlink:
        return QStringLiteral("l");
    case EntryType::CharDevice:
        return QStringLiteral("c");
    case EntryType::BlockDevice:
        return QStringLiteral("b");
    case EntryType::Fifo:
        return QStringLiteral("p");
    case EntryType::File:
    case EntryType::Hardlink:
        break;
    }
    return QStringLiteral("-");
}

// One visible path described like a line of scenario-expected-stat.txt:
// path, mode, uid:gid, size (regular files), links (not directories), type [-> target].
QMap<QString, QString> statLines(const FileTree &t)
{
    // Link counts: 1 + the hard links that name a path (and a hard link shares its target's).
    std::map<std::string, int> linkCount;
    for (std::uint32_t n = 1; n < t.size(); ++n) {
        const LayerEntry *e = t.visible(n) ? t.entry(n) : nullptr;
        if (e && e->type == EntryType::Hardlink) {
            ++linkCount[e->linkTarget];
        }
    }
    QMap<QString, QString> out;
    for (std::uint32_t n = 1; n < t.size(); ++n) {
        if (!t.visible(n)) {
            continue;
        }
        const std::string path = t.path(n);
        const LayerEntry *e = t.entry(n);
        if (!e) {
            out.insert(u'/' + QString::fromStdString(path), QStringLiteral("<implied directory>"));
            continue;
        }
        const LayerEntry *content = e;
        std::string counted = path;
        if (e->type == EntryType::Hardlink) {
            const std::uint32_t target = t.find(e->linkTarget);
            content = target != FileTree::NoNode ? t.entry(target) : nullptr;
            counted = e->linkTarget;
        }
        QString size = QStringLiteral("-");
        QString links = QStringLiteral("-");
        QString type;
        switch (e->type) {
        case EntryType::Directory:
            type = QStringLiteral("directory");
            break;
        case EntryType::Symlink:
            type = QStringLiteral("symbolic link -> ") + QString::fromStdString(e->linkTarget);
            links = QStringLiteral("1");
            break;
        case EntryType::File:
        case EntryType::Hardlink: {
            const qint64 bytes = content ? content->size : -1;
            type = bytes == 0 ? QStringLiteral("regular empty file") : QStringLiteral("regular file");
            size = QString::number(bytes);
            const auto it = linkCount.find(counted);
            links = QString::number(1 + (it == linkCount.end() ? 0 : it->second));
            break;
        }
        default:
            type = entryTypeName(e->type);
            links = QStringLiteral("1");
            break;
        }
        out.insert(u'/' + QString::fromStdString(path),
                   QStringList{typeLetter(e->type) + symbolicMode(e->mode),
                               QStringLiteral("%1:%2").arg(e->uid).arg(e->gid), size, links, type}
                       .join(u'\t'));
    }
    return out;
}

// Content and metadata of every visible path, to compare two trees.
QMap<QString, QString> describe(const FileTree &t)
{
    QMap<QString, QString> out;
    for (std::uint32_t n = 1; n < t.size(); ++n) {
        if (!t.visible(n)) {
            continue;
        }
        const LayerEntry *e = t.entry(n);
        QString d = entryTypeName(t.type(n));
        if (e) {
            d += QStringLiteral(" %1 %2:%3 %4 %5 %6")
                     .arg(octalMode(e->mode))
                     .arg(e->uid)
                     .arg(e->gid)
                     .arg(e->size)
                     .arg(QString::fromStdString(e->linkTarget), t.sha256(n).prefixed());
        }
        out.insert(u'/' + QString::fromStdString(t.path(n)), d);
    }
    return out;
}

const QRegularExpression &runtimePaths()
{
    // make.sh's RUNTIME_RE: what a running container has that is not in the image.
    static const QRegularExpression re(QStringLiteral(
        "^/(proc|sys|dev)(/|$)|^/\\.dockerenv$|^/etc/(hosts|hostname|resolv\\.conf|mtab)$|^/$"));
    return re;
}

QStringList withoutRuntimePaths(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths) {
        if (!runtimePaths().match(p).hasMatch()) {
            out << p;
        }
    }
    return out;
}

QString nodeReport(const FileTree &t, std::uint32_t n)
{
    QStringList events;
    for (const FileTree::Event &e : t.events(n)) {
        events << QStringLiteral("%1@%2(cause %3)").arg(int(e.kind)).arg(e.layer).arg(int(e.cause));
    }
    return events.join(u' ');
}

} // namespace

class TestEngineEvidence : public QObject
{
    Q_OBJECT

    Facts m_facts;
    Analysis m_save;
    QStringList m_expected;

    const Image &save() const { return m_save.images.front(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_facts.load(data(QStringLiteral("engine/scenario-facts.txt"))));
        m_expected = readLines(data(QStringLiteral("engine/scenario-expected.txt")));
        m_expected.removeAll(QString());
        QVERIFY(!m_expected.isEmpty());
        m_save = analyse({data(QStringLiteral("engine/scenario-save.tar"))});
        QCOMPARE(m_save.images.size(), std::size_t(1));
        QVERIFY(save().tree);
    }

    void saveEvidence()
    {
        const QString path = data(QStringLiteral("engine/scenario-save.tar"));
        QCOMPARE(m_save.evidence.size(), std::size_t(1));
        const EvidenceItem &e = m_save.evidence[0];
        QCOMPARE(e.kind, QStringLiteral("docker-archive"));
        QVERIFY(e.readable);
        QCOMPARE(e.sha256, fileSha256(path));
        QCOMPARE(e.sizeBytes, QFileInfo(path).size());
        QVERIFY2(!m_save.hasWarnings(), diagnosticsText(m_save).constData());
    }

    void saveImageAndLayers()
    {
        const Image &img = save();
        QCOMPARE(img.id, m_facts[QStringLiteral("image_id")]);
        QCOMPARE(img.configSource, m_facts[QStringLiteral("config_member")]);
        QVERIFY(!img.configRebuilt);
        QCOMPARE(img.repoTags, QStringList{m_facts[QStringLiteral("image_ref")]});
        QCOMPARE(int(img.layers.size()), m_facts.number(QStringLiteral("layer_count")));
        for (const Layer &l : img.layers) {
            const int i = l.index;
            QVERIFY(l.readable);
            QVERIFY2(l.verified, qPrintable(QStringLiteral("layer %1").arg(i)));
            QCOMPARE(l.member, m_facts.layer(i, "member"));
            QCOMPARE(l.diffId, m_facts.layer(i, "diff_id"));
            QCOMPARE(l.expectedDiffId, m_facts.layer(i, "diff_id"));
            QCOMPARE(l.chainId, m_facts.layer(i, "chain_id"));
            QCOMPARE(l.compression, Compression::None);
            // An uncompressed layer: its blob digest is its diff_id.
            QCOMPARE(l.digest, l.diffId);
            QCOMPARE(QString::number(l.storedSize), m_facts.layer(i, "tar_size"));
            QCOMPARE(QString::number(l.scan->entries.size()), m_facts.layer(i, "entries"));
            // dive's layer size: Σ tar header sizes (hard links and symlinks weigh 0).
            QCOMPARE(QString::number(l.sizeBytes), m_facts.layer(i, "regular_bytes"));
        }
        for (const IntegrityCheck &c : img.integrity) {
            QVERIFY2(c.ok, qPrintable(c.subject));
        }
        QVERIFY(!img.integrity.empty());
        // The configuration the Dockerfile wrote (README, "Facts a test can assert").
        QCOMPARE(img.config.user, QStringLiteral("1000"));
        QCOMPARE(img.config.workingDir, QStringLiteral("/opt/app"));
        QCOMPARE(img.config.exposedPorts, QStringList{QStringLiteral("8080/tcp")});
        QVERIFY(img.config.env.contains(QStringLiteral("APP_MODE=forensic")));
        QCOMPARE(img.config.entrypoint, QStringList({QStringLiteral("/bin/sh"), QStringLiteral("-c")}));
        QCOMPARE(img.config.cmd, QStringList{QStringLiteral("echo hello from scenario")});
        QCOMPARE(img.config.labels.value(QStringLiteral("org.dockscope.scenario")), QStringLiteral("engine"));
        QCOMPARE(img.config.labels.value(QStringLiteral("org.dockscope.version")), QStringLiteral("1"));
        QCOMPARE(img.platform, QStringLiteral("linux/amd64"));
    }

    void saveHistoryPairing()
    {
        const Image &img = save();
        const auto &history = img.config.history;
        QCOMPARE(int(history.size()), m_facts.number(QStringLiteral("history_count")));
        const auto empty = std::count_if(history.begin(), history.end(),
                                         [](const HistoryEntry &h) { return h.emptyLayer; });
        QCOMPARE(int(empty), m_facts.number(QStringLiteral("empty_layer_count")));
        // The first entry is the import: a comment and no created_by.
        QCOMPARE(history.front().comment, QStringLiteral("dockscope base rootfs (busybox-static)"));
        QVERIFY(history.front().createdBy.isEmpty());
        std::vector<const HistoryEntry *> withLayers;
        for (const HistoryEntry &h : history) {
            if (!h.emptyLayer) {
                withLayers.push_back(&h);
            }
        }
        QCOMPARE(withLayers.size(), img.layers.size());
        for (std::size_t i = 0; i < img.layers.size(); ++i) {
            QCOMPARE(img.layers[i].createdBy, withLayers[i]->createdBy);
            QCOMPARE(img.layers[i].created, withLayers[i]->created);
        }
        QVERIFY(img.layers[0].createdBy.isEmpty());
        QVERIFY(img.layers[1].createdBy.contains(QStringLiteral("chmod 4755 /usr/local/bin/suid-tool")));
        QVERIFY(img.layers[2].createdBy.contains(QStringLiteral("seq -w 1 400 > /opt/app/a.txt")));
        QVERIFY(img.layers[3].createdBy.contains(QStringLiteral("rm /etc/deleteme.conf")));
        QVERIFY(img.layers[4].createdBy.contains(QStringLiteral("rm -rf /opt/app")));
    }

    void saveWhiteout()
    {
        const QStringList whiteouts = m_facts.all(QStringLiteral("whiteout"));
        QCOMPARE(whiteouts.size(), 1);
        const int layer = whiteouts[0].section(u' ', 0, 0).toInt();
        const QString member = whiteouts[0].section(u' ', 1);
        QCOMPARE(layer, 3);
        QCOMPARE(member, QStringLiteral("etc/.wh.deleteme.conf"));
        const QString target = member.section(u'/', 0, -2) + u'/' + member.section(u'/', -1).mid(4);
        const FileTree &t = *save().tree;
        const std::uint32_t n = t.find(target.toStdString());
        QVERIFY(n != FileTree::NoNode);
        QVERIFY(!t.visible(n));
        QCOMPARE(t.node(n).removedLayer, layer);
        QCOMPARE(t.node(n).addedLayer, 0);
        QCOMPARE(t.events(n).back().kind, FileTree::EventKind::Removed);
        QCOMPARE(t.events(n).back().cause, FileTree::Cause::Whiteout);
        QCOMPARE(t.events(n).back().layer, layer);
        QCOMPARE(save().layers[std::size_t(layer)].changes.removed, 1);
        // The whiteout entry is in the layer, flagged, and never a file of the image.
        const auto &entries = save().layers[std::size_t(layer)].scan->entries;
        const auto wh = std::find_if(entries.begin(), entries.end(), [&](const LayerEntry &e) {
            return e.path == member.toStdString();
        });
        QVERIFY(wh != entries.end());
        QVERIFY(wh->is(EntryWhiteout));
        QCOMPARE(t.find(member.toStdString()), FileTree::NoNode);
    }

    void saveOpaqueDirectory()
    {
        const QStringList opaques = m_facts.all(QStringLiteral("opaque"));
        QCOMPARE(opaques.size(), 1);
        const int layer = opaques[0].section(u' ', 0, 0).toInt();
        const QString member = opaques[0].section(u' ', 1);
        QCOMPARE(layer, 4);
        QCOMPARE(member, QStringLiteral("opt/app/.wh..wh..opq"));
        const std::string dir = member.section(u'/', 0, -2).toStdString();
        const FileTree &t = *save().tree;
        for (const char *hidden : {"a.txt", "b.txt", "c.txt"}) {
            const std::uint32_t n = t.find(dir + '/' + hidden);
            QVERIFY2(n != FileTree::NoNode, hidden);
            QVERIFY2(!t.visible(n), hidden);
            QCOMPARE(t.node(n).removedLayer, layer);
            QCOMPARE(t.events(n).back().cause, FileTree::Cause::Opaque);
        }
        const std::uint32_t fresh = t.find(dir + "/new.txt");
        QVERIFY(fresh != FileTree::NoNode);
        QVERIFY(t.visible(fresh));
        QCOMPARE(t.node(fresh).layer, layer);
        QCOMPARE(t.sha256(fresh).prefixed(), Sha256::of(QByteArray("fresh\n")).prefixed());
        QVERIFY(t.visible(t.find(dir)));
        QCOMPARE(t.find(member.toStdString()), FileTree::NoNode);
        QCOMPARE(save().layers[std::size_t(layer)].changes.removed, 3);
        QCOMPARE(save().layers[std::size_t(layer)].changes.added, 1);
    }

    void saveProvenance()
    {
        // /opt/app/a.txt: added in layer 0 (6 B), written again in layer 2 (1600 B), hidden by
        // the opaque directory of layer 4.
        const FileTree &t = *save().tree;
        const std::uint32_t n = t.find("opt/app/a.txt");
        QVERIFY(n != FileTree::NoNode);
        const auto events = t.events(n);
        QVERIFY2(events.size() == 3, qPrintable(nodeReport(t, n)));
        QCOMPARE(events[0].kind, FileTree::EventKind::Added);
        QCOMPARE(events[0].layer, 0);
        QCOMPARE(t.entryOf(events[0])->size, qint64(6));
        QCOMPARE(events[1].kind, FileTree::EventKind::Modified);
        QCOMPARE(events[1].layer, 2);
        QCOMPARE(t.entryOf(events[1])->size, qint64(1600));
        QCOMPARE(events[2].kind, FileTree::EventKind::Removed);
        QCOMPARE(events[2].layer, 4);
        QCOMPARE(events[2].cause, FileTree::Cause::Opaque);
        QCOMPARE(save().layers[2].changes.modified, 1);
        // c.txt came in layer 1 and went in layer 4.
        const std::uint32_t c = t.find("opt/app/c.txt");
        QCOMPARE(t.node(c).addedLayer, 1);
        QCOMPARE(t.node(c).removedLayer, 4);
    }

    void saveSetuidSymlinkAndHardLinks()
    {
        const FileTree &t = *save().tree;
        const std::uint32_t suid = t.find("usr/local/bin/suid-tool");
        QVERIFY(suid != FileTree::NoNode);
        QVERIFY(t.visible(suid));
        QCOMPARE(t.type(suid), EntryType::File);
        QCOMPARE(t.entry(suid)->mode, std::uint32_t(04755));
        QCOMPARE(octalMode(t.entry(suid)->mode), QStringLiteral("4755"));
        QCOMPARE(t.entry(suid)->size, qint64(47));
        QCOMPARE(t.node(suid).layer, 1);

        const std::uint32_t link = t.find("usr/local/bin/tool-link");
        QCOMPARE(t.type(link), EntryType::Symlink);
        QCOMPARE(t.entry(link)->linkTarget, std::string("suid-tool"));

        const std::uint32_t h1 = t.find("data/h1");
        const std::uint32_t h2 = t.find("data/h2");
        QVERIFY(h1 != FileTree::NoNode && h2 != FileTree::NoNode);
        QVERIFY(t.visible(h1) && t.visible(h2));
        QCOMPARE(t.type(h2), EntryType::Hardlink);
        QCOMPARE(t.entry(h2)->linkTarget, std::string("data/h1"));
        QVERIFY(t.sha256(h1).valid);
        QCOMPARE(t.sha256(h2).prefixed(), t.sha256(h1).prefixed());
        QCOMPARE(t.sha256(h1).prefixed(),
                 Sha256::of(QByteArray("same inode for h1 and h2\n")).prefixed());
    }

    void saveFlattenedFileSystem()
    {
        const FileTree &t = *save().tree;
        // scenario-expected.txt is the engine's own `find /` with the runtime paths dropped;
        // none of those is in the image, so the flattened tree must equal it as it is.
        QCOMPARE(int(m_expected.size()), m_facts.number(QStringLiteral("expected_path_count")));
        QCOMPARE(withoutRuntimePaths(m_expected), m_expected);
        QCOMPARE(visiblePaths(t), m_expected);
        QCOMPARE(t.visibleCount(), std::size_t(m_expected.size()));
        for (const char *gone : {"/etc/deleteme.conf", "/opt/app/a.txt", "/opt/app/b.txt",
                                 "/opt/app/c.txt"}) {
            QVERIFY2(!visiblePaths(t).contains(QLatin1String(gone)), gone);
        }
    }

    void saveMetadataMatchesTheEngine()
    {
        // Mode, owner, size, link count, type and symlink target of every path, as the engine's
        // stat(1) showed them inside a container of the image.
        QStringList lines = readLines(data(QStringLiteral("engine/scenario-expected-stat.txt")));
        QVERIFY(!lines.isEmpty() && lines.first().startsWith(u'#'));
        lines.removeFirst();
        lines.removeAll(QString());
        const QMap<QString, QString> ours = statLines(*save().tree);
        QCOMPARE(ours.size(), lines.size());
        for (const QString &line : lines) {
            const QString path = line.section(u'\t', 0, 0);
            const QString expected = line.section(u'\t', 1);
            QVERIFY2(ours.contains(path), qPrintable(path));
            QCOMPARE(ours.value(path), expected);
        }
    }

    void ociFormsMatchTheSave_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("folder") << QStringLiteral("engine/scenario-oci") << QStringLiteral("folder");
        QTest::newRow("tar") << QStringLiteral("engine/scenario-oci.tar") << QString();
    }

    void ociFormsMatchTheSave()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const QString path = data(file);
        const Analysis a = analyse({path});
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
        QCOMPARE(a.evidence.size(), std::size_t(1));
        const EvidenceItem &e = a.evidence[0];
        QCOMPARE(e.kind, QStringLiteral("oci-layout"));
        QVERIFY(e.readable);
        if (format == u"folder") {
            QVERIFY(e.format.contains(format));
            QCOMPARE(e.sha256, folderSha256(path));
        } else {
            QCOMPARE(e.sha256, fileSha256(path));
            QCOMPARE(e.sizeBytes, QFileInfo(path).size());
        }
        for (const IntegrityCheck &c : a.integrity) {
            QVERIFY2(c.ok, qPrintable(c.subject));
        }

        QCOMPARE(a.images.size(), std::size_t(1));
        const Image &img = a.images[0];
        QCOMPARE(img.manifestDigest, m_facts[QStringLiteral("oci_manifest_digest")]);
        QCOMPARE(img.repoTags, QStringList{m_facts[QStringLiteral("oci_ref_name")]});
        // skopeo rewrote the config: the id is that of the OCI config, not Docker's.
        QCOMPARE(img.id, m_facts[QStringLiteral("oci_config_digest")]);
        QVERIFY(img.id != save().id);
        QCOMPARE(img.layers.size(), save().layers.size());
        for (std::size_t i = 0; i < img.layers.size(); ++i) {
            const Layer &l = img.layers[i];
            const int li = int(i);
            QVERIFY(l.readable);
            QVERIFY2(l.verified, qPrintable(QStringLiteral("layer %1").arg(li)));
            QCOMPARE(l.digest, m_facts.ociLayer(li, "digest"));
            QCOMPARE(l.expectedDigest, m_facts.ociLayer(li, "digest"));
            QCOMPARE(QString::number(l.storedSize), m_facts.ociLayer(li, "size"));
            QCOMPARE(l.mediaType, m_facts.ociLayer(li, "media_type"));
            QCOMPARE(l.compression, Compression::Gzip);
            QCOMPARE(l.diffId, m_facts.layer(li, "diff_id"));
            QCOMPARE(l.diffId, save().layers[i].diffId);
            QCOMPARE(l.chainId, save().layers[i].chainId);
            QCOMPARE(l.sizeBytes, save().layers[i].sizeBytes);
            QCOMPARE(l.createdBy, save().layers[i].createdBy);
            QCOMPARE(l.changes.added, save().layers[i].changes.added);
            QCOMPARE(l.changes.modified, save().layers[i].changes.modified);
            QCOMPARE(l.changes.removed, save().layers[i].changes.removed);
        }
        // Same OCI config fields, same values.
        QCOMPARE(img.config.user, save().config.user);
        QCOMPARE(img.config.env, save().config.env);
        QCOMPARE(img.config.entrypoint, save().config.entrypoint);
        QCOMPARE(img.config.cmd, save().config.cmd);
        QCOMPARE(img.config.workingDir, save().config.workingDir);
        QCOMPARE(img.config.exposedPorts, save().config.exposedPorts);
        QCOMPARE(img.config.labels, save().config.labels);
        QCOMPARE(img.config.created, save().config.created);
        QCOMPARE(img.config.history.size(), save().config.history.size());

        QCOMPARE(visiblePaths(*img.tree), m_expected);
        QCOMPARE(describe(*img.tree), describe(*save().tree));
        QCOMPARE(img.efficiency.score, save().efficiency.score);
        QCOMPARE(img.efficiency.wastedBytes, save().efficiency.wastedBytes);
    }

    void exportIsAContainerFileSystem()
    {
        const QString path = data(QStringLiteral("engine/scenario-export.tar"));
        const Analysis a = analyse({path});
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
        QCOMPARE(a.evidence.size(), std::size_t(1));
        QCOMPARE(a.evidence[0].kind, QStringLiteral("container-export"));
        QVERIFY(a.evidence[0].readable);
        QCOMPARE(a.evidence[0].sha256, fileSha256(path));
        QCOMPARE(a.images.size(), std::size_t(1));
        const Image &img = a.images[0];
        QCOMPARE(img.kind, QStringLiteral("container-export"));
        QVERIFY(img.id.isEmpty());
        QVERIFY(img.repoTags.isEmpty());
        QCOMPARE(img.layers.size(), std::size_t(1));
        QCOMPARE(img.layers[0].scan->entries.size(), std::size_t(59));
        QVERIFY(img.layers[0].readable);
        QVERIFY(!img.layers[0].verified); // nothing declares a digest for it

        const FileTree &t = *img.tree;
        const QStringList paths = visiblePaths(t);
        QCOMPARE(paths.size(), 59);
        QVERIFY(paths.contains(QStringLiteral("/tmp/dropper.sh")));
        const std::uint32_t dropper = t.find("tmp/dropper.sh");
        QCOMPARE(t.entry(dropper)->size, qint64(21));
        QCOMPARE(t.entry(dropper)->mode, std::uint32_t(0755));
        QCOMPARE(t.sha256(dropper).prefixed(),
                 Sha256::of(QByteArray("#!/bin/sh\necho pwned\n")).prefixed());
        QCOMPARE(t.entry(t.find("etc/passwd"))->size, qint64(153));
        QCOMPARE(t.type(t.find("data/h2")), EntryType::Hardlink);
        QCOMPARE(t.sha256(t.find("data/h2")).prefixed(), t.sha256(t.find("data/h1")).prefixed());
        QCOMPARE(t.entry(t.find("etc/mtab"))->linkTarget, std::string("/proc/mounts"));
        QCOMPARE(octalMode(t.entry(t.find("usr/local/bin/suid-tool"))->mode), QStringLiteral("4755"));

        // Against the image: the export is the image minus /opt/app/new.txt, plus
        // /tmp/dropper.sh and the runtime artefacts; scenario-diff.txt says the same.
        const QStringList image = visiblePaths(*save().tree);
        const QStringList runtime{QStringLiteral("/.dockerenv"), QStringLiteral("/dev"),
                                  QStringLiteral("/dev/console"), QStringLiteral("/dev/pts"),
                                  QStringLiteral("/dev/shm"), QStringLiteral("/etc/hostname"),
                                  QStringLiteral("/etc/hosts"), QStringLiteral("/etc/mtab"),
                                  QStringLiteral("/etc/resolv.conf"), QStringLiteral("/proc"),
                                  QStringLiteral("/sys")};
        QStringList added;
        for (const QString &p : paths) {
            if (!image.contains(p)) {
                added << p;
            }
        }
        QStringList deleted;
        for (const QString &p : image) {
            if (!paths.contains(p)) {
                deleted << p;
            }
        }
        QStringList expectedAdded = runtime;
        expectedAdded << QStringLiteral("/tmp/dropper.sh");
        expectedAdded.sort();
        QCOMPARE(added, expectedAdded);
        QCOMPARE(withoutRuntimePaths(added), QStringList{QStringLiteral("/tmp/dropper.sh")});
        QCOMPARE(deleted, QStringList{QStringLiteral("/opt/app/new.txt")});

        QStringList diffAdded;
        QStringList diffDeleted;
        QStringList diffChangedFiles;
        for (const QString &line : readLines(data(QStringLiteral("engine/scenario-diff.txt")))) {
            const QString p = line.mid(2);
            if (line.startsWith(QStringLiteral("A "))) {
                diffAdded << p;
            } else if (line.startsWith(QStringLiteral("D "))) {
                diffDeleted << p;
            } else if (line.startsWith(QStringLiteral("C "))) {
                const std::uint32_t n = save().tree->find(p.mid(1).toStdString());
                QVERIFY2(n != FileTree::NoNode, qPrintable(p));
                if (save().tree->type(n) != EntryType::Directory) {
                    diffChangedFiles << p;
                }
            }
        }
        QCOMPARE(withoutRuntimePaths(added), diffAdded);
        QCOMPARE(deleted, diffDeleted);
        QCOMPARE(diffChangedFiles, QStringList{QStringLiteral("/etc/passwd")});
        const FileTree &before = *save().tree;
        QVERIFY(t.sha256(t.find("etc/passwd")) != before.sha256(before.find("etc/passwd")));
        // Everything else the image has is unchanged in content.
        for (const QString &p : image) {
            if (p == u"/etc/passwd" || deleted.contains(p)) {
                continue;
            }
            const std::string rel = p.mid(1).toStdString();
            QCOMPARE(t.sha256(t.find(rel)).prefixed(), before.sha256(before.find(rel)).prefixed());
        }
    }
};

QTEST_GUILESS_MAIN(TestEngineEvidence)
#include "tst_engineevidence.moc"
