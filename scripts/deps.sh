#!/usr/bin/env bash
# Installs the Debian 12 packages Dockscope needs to build, test and run, when they are missing.
# Idempotent and quiet when nothing is missing. Sourced by run.sh and test.sh; runnable alone.
set -euo pipefail

DOCKSCOPE_PACKAGES=(
    # toolchain
    cmake g++ ninja-build pkg-config git
    # Qt 6
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite qt6-svg-dev libgl1-mesa-dev
    # evidence and digests
    libarchive-dev libzstd-dev nlohmann-json3-dev libssl-dev libyara-dev libmagic-dev
    libisal-dev isal openssl
    # headless GUI runs, PDF checks, test helpers
    xvfb xauth poppler-utils fonts-dejavu-core python3 python3-jsonschema time
    # acquisition test: its own Docker daemon and a static busybox for the base image
    docker.io busybox-static
    # packages (scripts/package.sh): shlibdeps, metadata checks
    dpkg-dev file desktop-file-utils appstream shared-mime-info libxml2-utils groff-base man-db
)

missing=()
for p in "${DOCKSCOPE_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "dockscope: installing missing packages: ${missing[*]}"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
