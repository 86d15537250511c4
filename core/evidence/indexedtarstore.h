#pragma once

#include "evidencestore.h"
#include "memberindex.h"

namespace dockscope {

// An evidence store over a tar archive whose member names are indexed (MemberIndex): lookup,
// link resolution and sizes are shared by the random-access and the streamed tar stores.
class IndexedTarStore : public EvidenceStore
{
public:
    using EvidenceStore::EvidenceStore;

    bool contains(const QString &name) const override;
    std::optional<QString> resolve(const QString &name, DiagnosticSink &diag) const override;
    qint64 memberSize(const QString &resolved) const override;
    QStringList members() const override { return m_index.regularMembers(); }

protected:
    MemberIndex m_index;
};

} // namespace dockscope
