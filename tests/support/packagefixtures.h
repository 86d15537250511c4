#pragma once

#include <QByteArray>

#include <string>
#include <utility>
#include <vector>

namespace dockscope::test {

// A zip archive (a .jar, .war) holding the given files, written with libarchive.
QByteArray zipWith(const std::vector<std::pair<std::string, QByteArray>> &files);

// A small ELF64 executable carrying Go 1.18+ build info (inline strings) at a 16-byte boundary.
QByteArray goElf(const QByteArray &modinfo);

} // namespace dockscope::test
