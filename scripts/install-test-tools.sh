#!/usr/bin/env bash
# Installs the Debian packages the tests use, when they are missing:
#   chromium + a CJK font   browser tests (headless, no browser download) and screenshots
#   LibreOffice (Calc, Writer)  exported workbooks opened as a user would; notices rendered to .docx/.pdf
#   poppler-utils           pdftotext / pdftoppm: read a rendered PDF back
#   postgresql-15           the PostgreSQL tests' server (scripts/pg-test-server.sh runs its own
#                           throw-away cluster; Debian's default cluster is not created)
# Runs apt-get as root, or through sudo when that is available.
set -euo pipefail

packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || packages+=(fonts-wqy-microhei)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || packages+=(libreoffice-calc-nogui)
[ -e /usr/lib/libreoffice/program/libswlo.so ] || packages+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
[ -x /usr/lib/postgresql/15/bin/pg_ctl ] || packages+=(postgresql-15)

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
if [[ " ${packages[*]} " == *" postgresql-15 "* ]]; then
  # Without this, installing the package creates and starts a system cluster on port 5432,
  # which nothing here uses. A file of our own in createcluster.d, so dpkg asks nothing.
  "${as_root[@]}" mkdir -p /etc/postgresql-common/createcluster.d
  echo 'create_main_cluster = false' |
    "${as_root[@]}" tee /etc/postgresql-common/createcluster.d/no-main-cluster.conf >/dev/null
fi
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
