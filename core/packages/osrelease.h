#pragma once

#include "model/package.h"

#include <QByteArray>

namespace dockscope {

// etc/os-release (os-release(5)): shell-style KEY=value lines, values optionally quoted.
class OsRelease
{
public:
    static OperatingSystem parse(const QByteArray &text);
};

} // namespace dockscope
