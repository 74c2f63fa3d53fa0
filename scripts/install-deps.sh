#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing Khuyến Học need. Idempotent: asks apt
# only for what is missing. Run as root (or with sudo available).
set -euo pipefail
PKGS=(
  cmake ninja-build g++ pkg-config git curl iproute2
  qt6-base-dev qt6-tools-dev qt6-l10n-tools
  # the server's HTTP/1.1 and TLS: Boost.Beast and Asio (header-only) over OpenSSL
  libboost-dev libssl-dev
  protobuf-compiler libprotobuf-dev libsqlite3-dev libzstd-dev libxlsxwriter-dev poppler-utils
  # the tests read what the XLSX and PDF files hold: unzip, pdftotext (poppler-utils)
  unzip
  # many servers on one PostgreSQL: libpq for the server, and PostgreSQL 15 for the tests' throw-away clusters
  libpq-dev postgresql-15
  # accounts: argon2id, tokens, constant-time compares; openssl makes test certificates for TLS
  libsodium-dev openssl
  # the server prints its address as a QR code for phones to scan; the app scans it with the camera
  libqrencode-dev qt6-multimedia-dev qml6-module-qtmultimedia libzxing-dev
  # the Qt Quick app and its tests
  qt6-declarative-dev qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml qml6-module-qtqml-models
  qml6-module-qtqml-workerscript qml6-module-qttest fonts-noto-core
  # screenshots of the app in a real window
  xvfb xauth imagemagick
  # fuzzing (scripts/fuzz.sh): clang with libFuzzer and the sanitizer runtimes
  clang libclang-rt-14-dev
  # the style the test command checks (scripts/check-style.sh): clang-format, qmlformat
  clang-format qt6-declarative-dev-tools
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
