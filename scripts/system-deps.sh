#!/usr/bin/env bash
# Install the Debian packages briefkit needs, only when they are missing.
#   scripts/system-deps.sh demo   nothing: the PDF fonts ship inside the package
#   scripts/system-deps.sh test   poppler-utils, qpdf and LibreOffice Writer (with DejaVu, and
#                                 Liberation, the metric twins of the DOCX's Times New Roman),
#                                 and DroidSansFallback, the system font that draws CJK excerpts
set -euo pipefail
want=()
[ "${1:-demo}" = test ] && want+=(fonts-dejavu-core poppler-utils qpdf libreoffice-writer-nogui fonts-liberation2 fonts-droid-fallback)

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
