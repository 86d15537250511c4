#!/usr/bin/env bash
# Fails when a user-visible string has no German or French translation: refreshes copies of
# the catalogues from the sources with lupdate (the committed files are not touched), then runs
# the checker on the copies.
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
lupdate="${LUPDATE:-/usr/lib/qt6/bin/lupdate}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for ts in "$src"/translations/dockscope_*.ts; do
    cp "$ts" "$tmp/"
done
"$lupdate" -silent -no-obsolete -locations none "$src/core" "$src/widgets" "$src/app" \
    -ts "$tmp"/dockscope_*.ts
python3 "$src/scripts/translations-check.py" "$tmp"/dockscope_*.ts
