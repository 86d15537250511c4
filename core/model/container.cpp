#include "container.h"

namespace dockscope {

QChar Change::kindLetter(Kind k)
{
    switch (k) {
    case Kind::Added:
        return u'A';
    case Kind::Changed:
        return u'C';
    case Kind::Deleted:
        return u'D';
    }
    return u'?';
}

QString MountContent::label() const
{
    return QStringLiteral("%1 %2 at %3").arg(mount.type, mount.source, mount.destination);
}

} // namespace dockscope
