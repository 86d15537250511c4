#include "indexedtarstore.h"

namespace dockscope {

bool IndexedTarStore::contains(const QString &name) const
{
    return m_index.find(name.toStdString()) != nullptr;
}

std::optional<QString> IndexedTarStore::resolve(const QString &name, DiagnosticSink &diag) const
{
    const auto r = m_index.resolve(name.toStdString(), diag);
    return r ? std::optional<QString>(QString::fromStdString(*r)) : std::nullopt;
}

qint64 IndexedTarStore::memberSize(const QString &resolved) const
{
    const auto *m = m_index.find(resolved.toStdString());
    return m ? m->size : -1;
}

} // namespace dockscope
