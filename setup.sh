#!/usr/bin/env bash
# Installs the Debian 12 packages vigil needs (with sudo when not root) and builds vigil (Release) into build/.
# Safe to run again: it installs only what is missing and rebuilds only what changed.
#   ./setup.sh             install and build
#   ./setup.sh --deps-only install, do not build
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  build-essential cmake pkg-config git xz-utils ca-certificates
  libicu-dev libsimdjson-dev nlohmann-json3-dev libcli11-dev libfmt-dev
  liblzma-dev zlib1g-dev libsqlite3-dev libpugixml-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  wordnet-base iso-codes libgeonames-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "${1:-}" = "--deps-only" ]; then exit 0; fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
echo "setup: built build/vigil"
