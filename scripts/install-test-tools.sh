#!/usr/bin/env bash
# Installs the Debian packages the tests use, when they are missing:
#   chromium + a CJK font   browser tests (headless, no browser download) and screenshots
#   LibreOffice (Calc, Writer)  exported workbooks opened as a user would; notices rendered to .docx/.pdf
#   poppler-utils           pdftotext / pdftoppm: read a rendered PDF back
# Runs apt-get as root, or through sudo when that is available.
set -euo pipefail

packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || packages+=(fonts-wqy-microhei)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || packages+=(libreoffice-calc-nogui)
[ -e /usr/lib/libreoffice/program/libswlo.so ] || packages+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)

if [ ${#packages[@]} -eq 0 ]; then
  echo "test tools: all present"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || {
    echo "test tools missing (${packages[*]}); run this script as root or install sudo" >&2
    exit 1
  }
  as_root=(sudo)
fi
echo "test tools: installing ${packages[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
