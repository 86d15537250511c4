#!/usr/bin/env bash
# Installs what is missing, builds, and opens the workbench on the bundled demo case.
# Without a display it analyses the demo evidence with the CLI and writes its report.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/deps.sh
cmake --preset default >/dev/null
cmake --build --preset default

# The demo case: a compromised web-shop container, made with a real dockerd: its image, its
# file system export, inspect output, logs and data root (tests/data/demo/README.md).
demo=(tests/data/demo/demo-image.tar tests/data/demo/demo-export.tar)
out="${DOCKSCOPE_OUT:-build/demo-report}"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/bin/dockscope "${demo[@]}" "$@"
fi

mkdir -p "$out"
echo "No display: analysing the demo evidence with dockscope-cli"
set +e
build/bin/dockscope-cli analyze --json "$out/analysis.json" "${demo[@]}"
build/bin/dockscope-cli analyze "${demo[@]}" | tee "$out/summary.txt"
rc=${PIPESTATUS[0]}
set -e
echo "Report written to $out/ (analysis.json, summary.txt)"
# exit code 1 means "analysed, with warnings about the evidence": still a successful run
[ "$rc" -le 1 ]
