#!/usr/bin/env bash
# Install the Debian packages briefkit needs, only when they are missing.
#   scripts/system-deps.sh demo   fonts for the PDF writer (DroidSansFallback draws CJK)
#   scripts/system-deps.sh test   fonts plus poppler-utils, qpdf and LibreOffice Writer for the tests
set -euo pipefail
want=(fonts-dejavu-core fonts-dejavu-extra fonts-droid-fallback)
[ "${1:-demo}" = test ] && want+=(poppler-utils qpdf libreoffice-writer-nogui)

missing=()
for package in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "briefkit: please install: ${missing[*]} (no apt-get here)" >&2
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "briefkit: please install as root: apt-get install ${missing[*]}" >&2
    exit 0
  fi
fi
echo "Installing Debian packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
