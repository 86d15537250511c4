#include "inventorybuilder.h"

#include "apkdatabase.h"
#include "dpkgdatabase.h"
#include "languagepackages.h"
#include "layerfilebatch.h"
#include "model/image.h"
#include "osrelease.h"
#include "packagepaths.h"
#include "pathresolver.h"
#include "rpmdatabase.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace dockscope {

namespace {

using Kind = PackageFile;

// "var/lib/dpkg/info/libc6:amd64.md5sums" → "libc6:amd64"
QString stemOf(std::string_view path, std::string_view suffix)
{
    const auto slash = path.rfind('/');
    std::string_view name = path.substr(slash + 1);
    name.remove_suffix(suffix.size());
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

struct Version
{
    std::uint32_t node = 0;
    Kind kind;
    int layer = -1;
    FileContent content;
};

using Key = std::pair<QString, QString>; // name, version

class Builder
{
public:
    Builder(const Image &image, const InventoryBuilder::Options &options)
        : m_image(image)
        , m_tree(*image.tree)
        , m_options(options)
    {
    }

    PackageInventory run()
    {
        collect();
        readAll();
        if (cancelled()) {
            return std::move(m_out);
        }
        readOs();
        readDatabases();
        readExecutables();
        verifyFiles();
        finish();
        return std::move(m_out);
    }

private:
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }

    QString diffIdOf(int layer) const
    {
        return layer >= 0 && std::size_t(layer) < m_image.layers.size() ? m_image.layers[std::size_t(layer)].diffId : QString();
    }

    DiagnosticSink sinkFor(const Version &v) const
    {
        const QString member = v.layer >= 0 ? m_image.layers[std::size_t(v.layer)].member : QString();
        return DiagnosticSink(m_image.evidence, member + QStringLiteral(": ") + QString::fromStdString(m_tree.path(v.node)));
    }

    // Which file versions to read, per layer.
    void collect()
    {
        for (std::uint32_t i = 1; i < m_tree.size(); ++i) {
            const FileTree::Node &n = m_tree.node(i);
            const LayerEntry *e = m_tree.entry(i);
            if (!m_tree.visible(i) || !e || (e->type != EntryType::File && e->type != EntryType::Hardlink)) {
                continue;
            }
            const std::string &path = e->path; // the version shown lies at the node's own path
            const std::optional<Kind> kind = PackagePaths::classify(path, *e);
            if (!kind) {
                continue;
            }
            if (*kind == Kind::RpmBerkeley || *kind == Kind::RpmNdb) {
                DiagnosticSink diag(m_image.evidence, QString::fromStdString(path));
                diag.info(*kind == Kind::RpmBerkeley
                                 ? QT_TRANSLATE_NOOP("Diagnostic", "BerkeleyDB rpm database %1 recognised; its packages are not read")
                                 : QT_TRANSLATE_NOOP("Diagnostic", "ndb rpm database %1 recognised; its packages are not read"),
                             {QString::fromStdString(path)});
                append(m_out.diagnostics, diag.items());
                continue;
            }
            if (PackagePaths::isDatabase(*kind)) {
                for (const FileTree::Event &ev : m_tree.events(i)) {
                    const LayerEntry *ve = m_tree.entryOf(ev);
                    if (ve && (ev.kind == FileTree::EventKind::Added || ev.kind == FileTree::EventKind::Modified)
                        && (ve->type == EntryType::File || ve->type == EntryType::Hardlink)) {
                        want(i, *kind, ev.layer, *ve);
                    }
                }
            } else {
                want(i, *kind, n.layer, *e);
            }
        }
    }

    // Go build info is looked for in executables no OS package owns (as Trivy does): the
    // distribution's own programs would cost a read each and are covered by their package.
    void readExecutables()
    {
        std::set<std::uint32_t> owned;
        for (const PackageRecord &r : m_records) {
            for (const QString &f : r.package.files) {
                const std::uint32_t node = PathResolver::find(m_tree, f.toStdString());
                if (node != FileTree::NoNode) {
                    owned.insert(node);
                }
            }
        }
        for (const auto &[node, layer, entry] : m_executables) {
            if (!owned.contains(node)) {
                want(node, Kind::GoElf, layer, *entry, true);
            }
        }
        m_executables.clear();
        readAll();
    }

    void want(std::uint32_t node, Kind kind, int layer, const LayerEntry &e, bool now = false)
    {
        if (kind == Kind::GoElf && !now) {
            m_executables.emplace_back(node, layer, &e);
            return;
        }
        const bool binary = kind == Kind::GoElf || kind == Kind::Java;
        Version v;
        v.node = node;
        v.kind = kind;
        v.layer = layer;
        if (binary) {
            if (const SniffedPackages *sniffed = sniffedFor(layer, e)) {
                // Read in the layer's own pass: no second read of the layer for it.
                DiagnosticSink diag = sinkFor(v);
                for (Diagnostic d : sniffed->diagnostics) {
                    d.evidence = diag.evidence();
                    d.where = diag.where();
                    m_out.diagnostics.push_back(std::move(d));
                }
                add(sniffed->packages, v);
                return;
            }
        }
        m_pending[layer].push_back({std::move(v),
                                    LayerFileBatch::Want{e.path, e.headerOffset, e.type == EntryType::Hardlink,
                                                         binary ? m_options.maxBinaryBytes : m_options.maxDatabaseBytes}});
    }

    // What the layer's scan read from this file's content, if it was looked at whole.
    const SniffedPackages *sniffedFor(int layer, const LayerEntry &e) const
    {
        if (layer < 0 || std::size_t(layer) >= m_image.layers.size() || !m_image.layers[std::size_t(layer)].scan) {
            return nullptr;
        }
        const LayerScan &scan = *m_image.layers[std::size_t(layer)].scan;
        if (scan.entries.empty() || &e < scan.entries.data() || &e >= scan.entries.data() + scan.entries.size()) {
            return nullptr;
        }
        const auto index = std::uint32_t(&e - scan.entries.data());
        const std::vector<SniffedPackages> &all = scan.content.packages;
        const auto it = std::lower_bound(all.begin(), all.end(), index,
                                         [](const SniffedPackages &s, std::uint32_t i) { return s.entry < i; });
        return it != all.end() && it->entry == index ? &*it : nullptr;
    }

    void readAll()
    {
        for (auto &[layer, list] : m_pending) {
            if (cancelled()) {
                return;
            }
            std::vector<LayerFileBatch::Want> wants;
            for (const auto &p : list) {
                wants.push_back(p.second);
            }
            // Binaries and archives are looked at as they are read, and dropped right away.
            auto binaries = [&](std::size_t k, const FileContent &content) {
                const Version &v = list[k].first;
                if ((v.kind != Kind::GoElf && v.kind != Kind::Java) || !content.error.isEmpty()) {
                    return false;
                }
                DiagnosticSink diag = sinkFor(v);
                readBinary(v, content, diag);
                append(m_out.diagnostics, diag.items());
                return true;
            };
            std::vector<FileContent> got = LayerFileBatch::read(*m_image.store, m_image.layers[std::size_t(layer)].member,
                                                                wants, m_options.maxDatabaseBytes, m_options.cancel, binaries);
            for (std::size_t k = 0; k < list.size(); ++k) {
                Version v = std::move(list[k].first);
                v.content = std::move(got[k]);
                DiagnosticSink diag = sinkFor(v);
                if (!v.content.error.isEmpty()) {
                    diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "package file could not be read: %1"), {v.content.error});
                    append(m_out.diagnostics, diag.items());
                    continue;
                }
                if (v.kind == Kind::GoElf || v.kind == Kind::Java) {
                    continue; // already read
                }
                if (v.content.truncated) {
                    diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "package database of %1 bytes is larger than the limit of %2 bytes: not read"),
                                 {QString::number(v.content.size), QString::number(m_options.maxDatabaseBytes)});
                    append(m_out.diagnostics, diag.items());
                    continue;
                }
                m_versions.push_back(std::move(v));
            }
        }
        m_pending.clear();
    }

    void readBinary(const Version &v, const FileContent &content, DiagnosticSink &diag)
    {
        std::vector<Package> found;
        if (v.kind == Kind::Java) {
            if (content.truncated) {
                diag.info(QT_TRANSLATE_NOOP("Diagnostic", "Java archive of %1 bytes is larger than the limit of %2 bytes: not read"),
                          {QString::number(content.size), QString::number(m_options.maxBinaryBytes)});
                return;
            }
            found = LanguagePackages::javaArchive(content.data, diag);
        } else {
            found = LanguagePackages::goBinary(content.data, !content.truncated, diag);
            if (found.empty() && content.truncated) {
                ++m_binariesCut;
            }
        }
        add(std::move(found), v);
    }

    void add(std::vector<Package> found, const Version &v)
    {
        const QString path = QString::fromStdString(m_tree.path(v.node));
        for (Package &p : found) {
            p.location = p.location.isEmpty() ? path : path + u'!' + p.location;
            setLayer(p, v.layer);
            m_out.packages.push_back(std::move(p));
        }
    }

    void setLayer(Package &p, int layer) const
    {
        p.layerIndex = layer;
        p.layerDiffId = diffIdOf(layer);
        // A container's own read-write layer is the top one: what it brought is the container's.
        if (m_image.kind == u"container" && layer == int(m_image.layers.size()) - 1) {
            p.layerIndex = -1;
        }
    }

    const Version *current(std::string_view path, Kind kind) const
    {
        const Version *best = nullptr;
        for (const Version &v : m_versions) {
            if (v.kind == kind && m_tree.path(v.node) == path && (!best || v.layer > best->layer)) {
                best = &v;
            }
        }
        return best;
    }

    void readOs()
    {
        const std::uint32_t etc = m_tree.find("etc/os-release");
        const Version *v = current("etc/os-release", Kind::OsRelease);
        if (!v && etc != FileTree::NoNode && m_tree.visible(etc)) {
            v = current("usr/lib/os-release", Kind::UsrOsRelease); // etc/os-release -> ../usr/lib/os-release
        } else if (!v) {
            v = current("usr/lib/os-release", Kind::UsrOsRelease);
        }
        if (v) {
            m_out.os = OsRelease::parse(v->content.data);
            m_out.os.path = QString::fromStdString(m_tree.path(v->node));
            m_out.os.layerIndex = v->layer;
        }
    }

    QString distro(bool withId) const
    {
        if (m_out.os.versionId.isEmpty()) {
            return {};
        }
        return withId ? m_out.os.id + u'-' + m_out.os.versionId : m_out.os.versionId;
    }

    std::vector<PackageRecord> parse(const Version &v)
    {
        switch (v.kind) {
        case Kind::DpkgStatus:
        case Kind::DpkgStatusD:
            return DpkgDatabase::parseStatus(v.content.data, m_out.os.id, distro(true));
        case Kind::ApkInstalled:
            return ApkDatabase::parse(v.content.data, m_out.os.id, distro(false));
        case Kind::RpmSqlite: {
            DiagnosticSink diag = sinkFor(v);
            std::vector<PackageRecord> r = RpmDatabase::parseSqlite(v.content.data, m_out.os.id, distro(true), diag);
            append(m_out.diagnostics, diag.items());
            return r;
        }
        default:
            return {};
        }
    }

    void readDatabases()
    {
        // Every version of each database, by node, in layer order.
        std::map<std::uint32_t, std::vector<const Version *>> databases;
        for (const Version &v : m_versions) {
            if (PackagePaths::isDatabase(v.kind) || v.kind == Kind::DpkgStatusD) {
                databases[v.node].push_back(&v);
            } else if (v.kind == Kind::Python) {
                add(LanguagePackages::python(v.content.data), v);
            } else if (v.kind == Kind::Npm) {
                add(LanguagePackages::npm(v.content.data), v);
            } else if (v.kind == Kind::DpkgList) {
                m_lists[stemOf(m_tree.path(v.node), ".list")] = DpkgDatabase::parseList(v.content.data);
            } else if (v.kind == Kind::DpkgDiversions) {
                m_diversions = DpkgDatabase::parseDiversions(v.content.data);
            } else if (v.kind == Kind::DpkgMd5sums) {
                const QString stem = stemOf(m_tree.path(v.node), ".md5sums");
                m_md5sums[stem] = &v;
            }
        }
        for (auto &[node, versions] : databases) {
            std::sort(versions.begin(), versions.end(), [](const Version *a, const Version *b) { return a->layer < b->layer; });
            std::map<Key, int> firstLayer;
            std::vector<PackageRecord> top;
            for (const Version *v : versions) {
                top = parse(*v); // the last one parsed is the visible version
                for (const PackageRecord &r : top) {
                    firstLayer.emplace(Key{r.package.name, r.package.version}, v->layer);
                }
            }
            const QString location = QString::fromStdString(m_tree.path(node));
            for (PackageRecord &r : top) {
                r.package.location = location;
                setLayer(r.package, firstLayer[{r.package.name, r.package.version}]);
                if (r.package.ecosystem == u"deb") {
                    dpkgFiles(r);
                }
                m_records.push_back(std::move(r));
            }
        }
    }

    // The file list and checksums of a dpkg package from var/lib/dpkg/info (or status.d).
    void dpkgFiles(PackageRecord &r)
    {
        const QString qualified = r.package.name + u':' + r.package.architecture;
        for (const QString &stem : {qualified, r.package.name}) {
            if (const auto it = m_lists.find(stem); it != m_lists.end() && r.package.files.isEmpty()) {
                for (const QString &f : it->second) {
                    const std::uint32_t node = PathResolver::find(m_tree, f.toStdString());
                    if (node != FileTree::NoNode && m_tree.type(node) != EntryType::Directory) {
                        r.package.files << f;
                    }
                }
            }
            if (const auto it = m_md5sums.find(stem); it != m_md5sums.end() && r.checksums.empty()) {
                r.checksums = DpkgDatabase::parseMd5sums(it->second->content.data);
                r.checksumSource = QString::fromStdString(m_tree.path(it->second->node));
                r.checksumLayer = it->second->layer;
            }
        }
    }

    // FS-08: package files whose content is not what the database recorded.
    void verifyFiles()
    {
        struct Check
        {
            const PackageRecord *record;
            const FileChecksum *sum;
            QString database;
            int fileLayer;
            QString path; // where the file lies (another path when diverted)
        };
        std::map<int, std::vector<std::pair<Check, LayerFileBatch::Want>>> perLayer;
        for (const PackageRecord &r : m_records) {
            int baseline = r.package.layerIndex < 0 ? int(m_image.layers.size()) - 1 : r.package.layerIndex;
            QString database = r.package.location;
            if (r.checksumLayer >= 0) {
                baseline = r.checksumLayer;
                database = r.checksumSource;
            }
            for (const FileChecksum &sum : r.checksums) {
                // dpkg-divert: another package's file took the path; this one's lies elsewhere.
                QString path = sum.path;
                if (const auto it = m_diversions.find(path); it != m_diversions.end() && it->second.second != r.package.name) {
                    path = it->second.first;
                }
                const std::uint32_t node = PathResolver::find(m_tree, path.toStdString());
                const LayerEntry *e = node == FileTree::NoNode ? nullptr : m_tree.entry(node);
                if (!e || (e->type != EntryType::File && e->type != EntryType::Hardlink)) {
                    continue;
                }
                const int layer = m_tree.node(node).layer;
                if (layer == baseline && !m_options.verifyAllFiles && !m_options.alsoVerify.contains(e->path)) {
                    continue; // written together with the database that records it
                }
                perLayer[layer].push_back({Check{&r, &sum, database, layer, path},
                                           LayerFileBatch::Want{e->path, e->headerOffset, e->type == EntryType::Hardlink, -1}});
            }
        }
        for (auto &[layer, list] : perLayer) {
            if (cancelled()) {
                return;
            }
            std::vector<LayerFileBatch::Want> wants;
            for (const auto &p : list) {
                wants.push_back(p.second);
            }
            // Hashed as each file is read; the bytes are not kept.
            std::vector<QString> actuals(list.size());
            auto hash = [&](std::size_t k, const FileContent &content) {
                if (content.found && content.error.isEmpty() && !content.truncated) {
                    actuals[k] = hexDigest(list[k].first.sum->algorithm, content.data);
                }
                return true;
            };
            const std::vector<FileContent> got = LayerFileBatch::read(*m_image.store, m_image.layers[std::size_t(layer)].member,
                                                                      wants, m_options.maxVerifyBytes, m_options.cancel, hash);
            for (std::size_t k = 0; k < list.size(); ++k) {
                const Check &c = list[k].first;
                const FileContent &content = got[k];
                if (!content.found || !content.error.isEmpty() || content.truncated) {
                    DiagnosticSink diag(m_image.evidence, m_image.layers[std::size_t(layer)].member + QStringLiteral(": ") + c.path);
                    if (content.truncated) {
                        diag.info(QT_TRANSLATE_NOOP("Diagnostic", "package file not verified against %1: larger than %2 bytes"),
                                  {c.database, QString::number(m_options.maxVerifyBytes)});
                    } else {
                        diag.info(QT_TRANSLATE_NOOP("Diagnostic", "package file not verified against %1: %2"),
                                  {c.database, content.error});
                    }
                    append(m_out.diagnostics, diag.items());
                    continue;
                }
                const QString &actual = actuals[k];
                if (actual.isEmpty()) {
                    DiagnosticSink diag(m_image.evidence, m_image.layers[std::size_t(layer)].member + QStringLiteral(": ") + c.path);
                    diag.info(QT_TRANSLATE_NOOP("Diagnostic", "package file not verified against %1: its "
                                                              "digest algorithm \"%2\" is not supported"),
                              {c.database, c.sum->algorithm});
                    append(m_out.diagnostics, diag.items());
                    continue;
                }
                ++m_out.verifiedFiles;
                if (actual == c.sum->expected) {
                    continue;
                }
                AlteredFile a;
                a.ecosystem = c.record->package.ecosystem;
                a.package = c.record->package.name;
                a.version = c.record->package.version;
                a.path = c.path;
                a.algorithm = c.sum->algorithm;
                a.expected = c.sum->expected;
                a.actual = actual;
                a.sha256 = content.sha256.prefixed();
                a.database = c.database;
                a.layerIndex = layer;
                a.layerDiffId = diffIdOf(layer);
                a.packageLayer = c.record->package.layerIndex;
                a.configFile = c.record->configFiles.contains(c.sum->path) || c.record->configFiles.contains(c.path);
                m_out.alteredFiles.push_back(std::move(a));
            }
        }
    }

    void finish()
    {
        for (PackageRecord &r : m_records) {
            m_out.packages.push_back(std::move(r.package));
        }
        if (m_binariesCut > 0) {
            DiagnosticSink diag(m_image.evidence, m_image.id);
            diag.info(QT_TRANSLATE_NOOP("Diagnostic", "%1 executables larger than %2 bytes were searched for Go build info only in their first %2 bytes"),
                      {QString::number(m_binariesCut), QString::number(m_options.maxBinaryBytes)});
            append(m_out.diagnostics, diag.items());
        }
        std::sort(m_out.packages.begin(), m_out.packages.end(), [](const Package &a, const Package &b) {
            return std::tie(a.ecosystem, a.name, a.version, a.location) < std::tie(b.ecosystem, b.name, b.version, b.location);
        });
        std::sort(m_out.alteredFiles.begin(), m_out.alteredFiles.end(), [](const AlteredFile &a, const AlteredFile &b) {
            return std::tie(a.path, a.package, a.layerIndex) < std::tie(b.path, b.package, b.layerIndex);
        });
    }

    const Image &m_image;
    const FileTree &m_tree;
    const InventoryBuilder::Options &m_options;
    PackageInventory m_out;
    std::map<int, std::vector<std::pair<Version, LayerFileBatch::Want>>> m_pending;
    std::vector<Version> m_versions;
    std::vector<std::tuple<std::uint32_t, int, const LayerEntry *>> m_executables;
    std::vector<PackageRecord> m_records;
    std::map<QString, QStringList> m_lists;
    std::map<QString, const Version *> m_md5sums;
    std::map<QString, std::pair<QString, QString>> m_diversions; // from → (to, diverting package)
    int m_binariesCut = 0;
};

} // namespace

PackageInventory InventoryBuilder::build(const Image &image, const Options &options)
{
    if (!image.tree || !image.store || image.layers.empty()) {
        return {};
    }
    return Builder(image, options).run();
}

} // namespace dockscope
