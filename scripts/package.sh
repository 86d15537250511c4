#!/usr/bin/env bash
# Installs what is missing, builds a Release tree and makes the Debian package and the tarball
# with CPack, then tests the .deb (unpacked into a temporary root).
# Usage: scripts/package.sh
#   DOCKSCOPE_PACKAGE_BUILD_DIR  build folder (default: build-package)
#   DOCKSCOPE_JOBS               parallel build jobs (default: all cores)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh

build="${DOCKSCOPE_PACKAGE_BUILD_DIR:-build-package}"
jobs="${DOCKSCOPE_JOBS:-$(nproc)}"

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOCKSCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j"$jobs"

rm -f "$build"/packages/dockscope_*.deb "$build"/packages/dockscope-*.tar.gz
(cd "$build" && cpack --config CPackConfig.cmake)

deb="$(ls "$build"/packages/dockscope_*.deb)"
tgz="$(ls "$build"/packages/dockscope-*.tar.gz)"

installer/tests/deb-install-test.sh "$deb"

echo
echo "Debian package: $deb"
echo "Tarball:        $tgz"
echo "Install with:   sudo apt install ./$deb"
