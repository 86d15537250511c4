#pragma once

#include "archive/tarstream.h"
#include "util/diagnostic.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <string>

namespace dockscope {

// The members of an outer tar archive by normalised name, with link resolution inside the
// archive. A later duplicate replaces an earlier one (as extraction would) with a warning;
// names that climb above the archive root are reported and never indexed.
class MemberIndex
{
public:
    struct Member
    {
        TarMember::Type type = TarMember::Regular;
        std::string link; // raw link name for links
        qint64 headerOffset = 0;
        qint64 dataOffset = 0;
        qint64 size = 0;
    };

    void add(const TarMember &member, DiagnosticSink &diag);
    const Member *find(const std::string &name) const;
    std::optional<std::string> resolve(const std::string &name, DiagnosticSink &diag) const;
    QStringList regularMembers() const;
    std::size_t size() const { return m_members.size(); }

private:
    std::map<std::string, Member> m_members;
};

} // namespace dockscope
