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

} // namespace dockscope
