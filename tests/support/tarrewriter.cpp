#include "tarrewriter.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <stdexcept>

namespace dockscope::test {

namespace {

bool within(const std::string &path, const std::string &prefix)
{
    std::string p = path;
    while (!p.empty() && p.back() == '/') {
        p.pop_back();
    }
    return p == prefix || (p.size() > prefix.size() && p.compare(0, prefix.size(), prefix) == 0
                           && p[prefix.size()] == '/');
}

la_ssize_t appendTo(struct archive *, void *client, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(client)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

} // namespace

TarRewriter::TarRewriter(QString source)
    : m_source(std::move(source))
{
}

TarRewriter &TarRewriter::drop(const std::string &path)
{
    m_drops.push_back(path);
    return *this;
}

TarRewriter &TarRewriter::replace(const std::string &path, const QByteArray &content)
{
    m_replacements.emplace_back(path, content);
    return *this;
}

TarRewriter &TarRewriter::symlink(const std::string &path, const std::string &target)
{
    m_added.push_back({path, target, {}});
    return *this;
}

TarRewriter &TarRewriter::file(const std::string &path, const QByteArray &content)
{
    m_added.push_back({path, {}, content});
    return *this;
}

QByteArray TarRewriter::bytes() const
{
    using Reader = std::unique_ptr<struct archive, decltype(&archive_read_free)>;
    using Writer = std::unique_ptr<struct archive, decltype(&archive_write_free)>;
    Reader in(archive_read_new(), archive_read_free);
    archive_read_support_filter_all(in.get());
    archive_read_support_format_tar(in.get());
    if (archive_read_open_filename(in.get(), m_source.toLocal8Bit().constData(), 1 << 16) != ARCHIVE_OK) {
        throw std::runtime_error("TarRewriter: cannot open the source archive");
    }
    QByteArray out;
    Writer w(archive_write_new(), archive_write_free);
    archive_write_set_format_pax_restricted(w.get());
    archive_write_set_bytes_per_block(w.get(), 10240);
    archive_write_open(w.get(), &out, nullptr, appendTo, nullptr);

    struct archive_entry *entry = nullptr;
    std::vector<char> buffer(1 << 16);
    while (archive_read_next_header(in.get(), &entry) == ARCHIVE_OK) {
        const std::string path = archive_entry_pathname(entry);
        bool dropped = false;
        for (const std::string &d : m_drops) {
            dropped = dropped || within(path, d);
        }
        if (dropped) {
            continue;
        }
        const QByteArray *replacement = nullptr;
        for (const auto &[p, content] : m_replacements) {
            if (within(path, p)) {
                replacement = &content;
            }
        }
        QByteArray content;
        if (replacement) {
            content = *replacement;
        } else {
            for (la_ssize_t n; (n = archive_read_data(in.get(), buffer.data(), buffer.size())) > 0;) {
                content.append(buffer.data(), qsizetype(n));
            }
        }
        if (archive_entry_filetype(entry) == AE_IFREG && !archive_entry_hardlink(entry)) {
            archive_entry_set_size(entry, content.size());
        }
        archive_write_header(w.get(), entry);
        if (!content.isEmpty()) {
            archive_write_data(w.get(), content.constData(), size_t(content.size()));
        }
    }
    for (const Added &a : m_added) {
        std::unique_ptr<struct archive_entry, decltype(&archive_entry_free)> e(archive_entry_new(),
                                                                              archive_entry_free);
        archive_entry_set_pathname(e.get(), a.path.c_str());
        if (!a.link.empty()) {
            archive_entry_set_filetype(e.get(), AE_IFLNK);
            archive_entry_set_perm(e.get(), 0777);
            archive_entry_set_symlink(e.get(), a.link.c_str());
        } else {
            archive_entry_set_filetype(e.get(), AE_IFREG);
            archive_entry_set_perm(e.get(), 0644);
            archive_entry_set_size(e.get(), a.content.size());
        }
        archive_write_header(w.get(), e.get());
        if (!a.content.isEmpty()) {
            archive_write_data(w.get(), a.content.constData(), size_t(a.content.size()));
        }
    }
    archive_write_close(w.get());
    return out;
}

} // namespace dockscope::test
