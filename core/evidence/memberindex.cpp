#include "memberindex.h"

#include "util/membername.h"

#include <QtGlobal>

#include <set>

namespace dockscope {

void MemberIndex::add(const TarMember &member, DiagnosticSink &diag)
{
    const QString shown = displayName(member.rawName);
    if (member.nameFlags & NameEscapes) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "member name climbs above the archive root "
                                                     "(path traversal); ignored"),
                     {}, shown, member.headerOffset);
        return;
    }
    if (member.nameFlags & NameAbsolute) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "absolute member name; read relative to the "
                                                     "archive root"),
                     {}, shown, member.headerOffset);
    }
    if (member.name.empty()) {
        return; // "./"
    }
    Member m;
    m.type = member.type;
    m.link = member.linkName;
    m.headerOffset = member.headerOffset;
    m.dataOffset = member.dataOffset;
    m.size = member.size;
    auto [it, inserted] = m_members.try_emplace(member.name, m);
    if (!inserted) {
        if (!(it->second.type == TarMember::Directory && m.type == TarMember::Directory)) {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "duplicate member (first at offset %1); "
                                                         "the later copy is used"),
                         {QString::number(it->second.headerOffset)}, shown, member.headerOffset);
        }
        it->second = m;
    }
}

const MemberIndex::Member *MemberIndex::find(const std::string &name) const
{
    const auto it = m_members.find(name);
    return it == m_members.end() ? nullptr : &it->second;
}

std::optional<std::string> MemberIndex::resolve(const std::string &name, DiagnosticSink &diag) const
{
    std::string current = normalizeMemberName(name).path;
    std::set<std::string> visited;
    qint64 lastLink = -1; // header of the last link followed, for the diagnostics
    for (int hops = 0; hops < 40; ++hops) {
        const Member *m = find(current);
        if (!m) {
            diag.error(hops == 0 ? QT_TRANSLATE_NOOP("Diagnostic", "member not found in the archive")
                                 : QT_TRANSLATE_NOOP("Diagnostic", "link target \"%1\" not found "
                                                                   "in the archive"),
                       {displayName(current)}, QString::fromStdString(name), lastLink);
            return std::nullopt;
        }
        if (m->type == TarMember::Regular) {
            return current;
        }
        if (m->type != TarMember::SymLink && m->type != TarMember::HardLink) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "member \"%1\" is not a regular file"),
                       {displayName(current)}, QString::fromStdString(name), m->headerOffset);
            return std::nullopt;
        }
        if (!visited.insert(current).second) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "link loop at member \"%1\""),
                       {displayName(current)}, QString::fromStdString(name), m->headerOffset);
            return std::nullopt;
        }
        const NormalizedName next = m->type == TarMember::SymLink
            ? resolveLinkTarget(current, m->link)
            : normalizeMemberName(m->link);
        if ((next.flags & NameEscapes)
            || (m->type == TarMember::SymLink && !m->link.empty() && m->link.front() == '/')) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "link \"%1\" -> \"%2\" points outside the "
                                                       "archive; not followed"),
                       {displayName(current), displayName(m->link)}, QString::fromStdString(name),
                       m->headerOffset);
            return std::nullopt;
        }
        lastLink = m->headerOffset;
        current = next.path;
    }
    diag.error(QT_TRANSLATE_NOOP("Diagnostic", "too many links in a chain"), {},
               QString::fromStdString(name));
    return std::nullopt;
}

QStringList MemberIndex::regularMembers() const
{
    QStringList out;
    for (const auto &[name, m] : m_members) {
        if (m.type == TarMember::Regular || m.type == TarMember::SymLink
            || m.type == TarMember::HardLink) {
            out << QString::fromStdString(name);
        }
    }
    return out;
}

} // namespace dockscope
