#include "hostlayerscanner.h"

#include "dataroot/tarsplit.h"
#include "util/membername.h"

#include <QtGlobal>

namespace dockscope {

namespace {

class Walker
{
public:
    Walker(const FsView &fs, const HostLayerScanner::Request &request, LayerScan &out,
           DiagnosticSink &diag, const std::unordered_map<std::string, Digest> &known)
        : m_fs(fs)
        , m_request(request)
        , m_out(out)
        , m_diag(diag)
        , m_known(known)
    {
    }

    void walk(const std::string &relative, int depth)
    {
        if (m_request.cancel && m_request.cancel->load(std::memory_order_relaxed)) {
            m_out.cancelled = true;
            return;
        }
        if (depth > 256) {
            m_diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "directory nesting deeper than 256 "
                                                           "levels; not followed further"),
                           {}, displayName(relative));
            return;
        }
        const std::string dir = FsView::join(m_request.dir, relative);
        for (const std::string &name : m_fs.children(dir)) {
            const std::string rel = relative.empty() ? name : relative + '/' + name;
            const auto s = m_fs.stat(FsView::join(m_request.dir, rel));
            if (!s) {
                continue;
            }
            add(rel, *s);
            if (m_out.cancelled) {
                return;
            }
            if (s->type == EntryType::Directory) {
                if (m_request.driver == HostLayerScanner::Driver::Aufs
                    && name.rfind(".wh..wh.", 0) == 0) {
                    continue; // aufs bookkeeping (plnk, orph): not part of the file system
                }
                walk(rel, depth + 1);
            }
        }
    }

private:
    void add(const std::string &rel, const FsStat &s)
    {
        LayerEntry e;
        e.path = rel;
        e.type = s.type;
        e.mode = s.mode;
        e.uid = s.uid;
        e.gid = s.gid;
        e.size = s.type == EntryType::File ? s.size : 0;
        e.mtime = s.mtime;
        e.mtimeNsec = s.mtimeNsec;
        e.devMajor = s.devMajor;
        e.devMinor = s.devMinor;
        e.linkTarget = s.linkTarget;
        e.xattrs = s.xattrs;
        e.headerOffset = qint64(m_out.entries.size()); // position in the walk
        const std::string_view base = baseName(rel);
        if (m_request.driver == HostLayerScanner::Driver::Overlay) {
            if (s.type == EntryType::CharDevice && s.devMajor == 0 && s.devMinor == 0) {
                // An overlay whiteout: stands for ".wh.NAME" in a layer tar.
                e.path = FsView::join(dirName(rel), ".wh." + std::string(base));
                e.type = EntryType::File;
                e.flags |= EntryWhiteout;
                e.mode = 0;
                e.sha256 = Sha256::of("", 0);
                m_out.entries.push_back(std::move(e));
                return;
            }
        } else if (m_request.driver == HostLayerScanner::Driver::Aufs && base.substr(0, 4) == ".wh.") {
            if (base == ".wh..wh..opq") {
                e.flags |= EntryOpaque;
            } else if (base.substr(0, 8) == ".wh..wh.") {
                e.flags |= EntryAufsMeta;
            } else {
                e.flags |= EntryWhiteout;
            }
        }
        if (e.type == EntryType::File && s.links > 1 && s.inode != 0) {
            // As Docker's layer tar does: the second path of an inode is a hard link to the first.
            const auto [first, isNew] = m_inodes.try_emplace(s.inode, e.path);
            if (!isNew) {
                e.type = EntryType::Hardlink;
                e.linkTarget = first->second;
                e.size = 0;
            }
        }
        if (e.type == EntryType::File && !e.is(EntryWhiteout) && !e.is(EntryOpaque)) {
            hashContent(e, std::uint32_t(m_out.entries.size()));
        }
        m_out.tarSize += e.size;
        const bool opaque = s.type == EntryType::Directory
            && m_request.driver == HostLayerScanner::Driver::Overlay
            && ((s.xattr("trusted.overlay.opaque") && *s.xattr("trusted.overlay.opaque") == "y")
                || (s.xattr("user.overlay.opaque") && *s.xattr("user.overlay.opaque") == "y"));
        m_out.entries.push_back(std::move(e));
        if (opaque) {
            LayerEntry marker;
            marker.path = rel + "/.wh..wh..opq";
            marker.flags |= EntryOpaque;
            marker.headerOffset = qint64(m_out.entries.size());
            m_out.entries.push_back(std::move(marker));
        }
    }

    void hashContent(LayerEntry &e, std::uint32_t index)
    {
        const qint64 limit = m_request.inspector ? m_request.inspector->maxBytes() : 0;
        if (const auto it = m_known.find(e.path); it != m_known.end()) {
            e.sha256 = it->second;
            if (limit > 0 && e.size > 0) {
                inspectOnly(e, index, limit);
            }
            return;
        }
        QString error;
        auto source = m_fs.open(FsView::join(m_request.dir, e.path), &error);
        if (!source) {
            m_diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "cannot read the file to hash it: %1"),
                           {error}, displayName(e.path));
            return;
        }
        Sha256 hash;
        char buffer[64 * 1024];
        m_sample.clear();
        for (qint64 n; (n = source->read(buffer, sizeof buffer)) > 0;) {
            hash.update(buffer, size_t(n));
            if (qint64(m_sample.size()) < limit) {
                m_sample.append(buffer, std::min<std::size_t>(std::size_t(n), std::size_t(limit - qint64(m_sample.size()))));
            }
        }
        e.sha256 = hash.finish();
        if (limit > 0 && !m_sample.empty()) {
            m_request.inspector->inspect(index, e, m_sample.data(), m_sample.size(),
                                         qint64(m_sample.size()) == e.size, m_request.role, m_out.content);
        }
    }

    // The digest is known from tar-split: the first bytes are read for the content rules only.
    void inspectOnly(LayerEntry &e, std::uint32_t index, qint64 limit)
    {
        QString error;
        auto source = m_fs.open(FsView::join(m_request.dir, e.path), &error);
        if (!source) {
            return;
        }
        m_sample.assign(std::size_t(std::min(limit, e.size)), '\0');
        qint64 got = 0;
        for (qint64 n; got < qint64(m_sample.size())
                       && (n = source->read(m_sample.data() + got, qint64(m_sample.size()) - got)) > 0;) {
            got += n;
        }
        m_sample.resize(std::size_t(got));
        if (!m_sample.empty()) {
            m_request.inspector->inspect(index, e, m_sample.data(), m_sample.size(),
                                         qint64(m_sample.size()) == e.size, m_request.role, m_out.content);
        }
    }

    const FsView &m_fs;
    const HostLayerScanner::Request &m_request;
    LayerScan &m_out;
    DiagnosticSink &m_diag;
    const std::unordered_map<std::string, Digest> &m_known;
    std::unordered_map<std::uint64_t, std::string> m_inodes; // inode → first path in the walk
    std::string m_sample; // first bytes of the file being read, for the content rules
};

} // namespace

LayerScan HostLayerScanner::scan(const FsView &fs, const Request &request)
{
    LayerScan out;
    out.source = QString::fromStdString(request.dir);
    DiagnosticSink diag(fs.name(), out.source);
    if (!fs.isDir(request.dir)) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "the layer's folder is missing from the data "
                                                   "root"));
        out.diagnostics = diag.take();
        return out;
    }
    TarSplit::Result rebuilt;
    if (!request.tarSplit.empty()) {
        QString error;
        if (const auto gz = fs.read(request.tarSplit, TarSplit::MaxMetadata, &error)) {
            DiagnosticSink splitDiag(fs.name(), QString::fromStdString(request.tarSplit));
            rebuilt = TarSplit::rebuild(*gz, fs, request.dir, splitDiag);
            append(out.diagnostics, splitDiag.items());
        } else {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "tar-split metadata unreadable (%1): the "
                                                         "layer's diff_id cannot be verified"),
                         {error});
        }
    }
    Walker walker(fs, request, out, diag, rebuilt.contentDigests);
    walker.walk({}, 0);
    if (rebuilt.ok) {
        out.diffId = rebuilt.diffId;
        out.diffSize = rebuilt.size;
        for (const TarSplit::Mismatch &m : rebuilt.mismatches) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "file differs from what the layer held when "
                                                       "it was unpacked (%1): changed on disk"),
                       {m.reason}, displayName(m.path));
        }
    }
    out.complete = !out.cancelled;
    append(out.diagnostics, diag.take());
    return out;
}

} // namespace dockscope
