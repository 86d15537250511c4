#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test through CTest.
# Usage: scripts/test.sh [ctest arguments...]   (DOCKSCOPE_PRESET=asan for the sanitizer build)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh

preset="${DOCKSCOPE_PRESET:-default}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
ctest --preset "$preset" -j"$(nproc)" "$@"
