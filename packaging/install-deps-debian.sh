#!/bin/sh
# Installs exactly the Debian 12 packages Waymark needs to build, test and package,
# skipping those already present. Runs as root or through sudo.
set -eu

PACKAGES="
cmake
make
g++
pkg-config
qt6-base-dev
qt6-base-dev-tools
qt6-tools-dev
qt6-tools-dev-tools
qt6-l10n-tools
qt6-svg-dev
qt6-charts-dev
libqt6opengl6-dev
libsqlcipher-dev
sqlcipher
libsodium-dev
libboost-serialization-dev
libzstd-dev
minisign
poppler-utils
dpkg-dev
file
desktop-file-utils
appstream
ccache
lintian
"

if [ "${WAYMARK_EXTRA_PACKAGES:-}" ]; then
    PACKAGES="$PACKAGES $WAYMARK_EXTRA_PACKAGES"
fi

missing=""
for pkg in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "Installing missing packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "error: these packages are missing and neither root nor sudo is available:$missing" >&2
    exit 1
fi

$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
