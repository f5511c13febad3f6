#!/bin/sh
# The browsers the end-to-end tests drive: Debian's Chromium (/usr/bin/chromium) and Firefox ESR
# (/usr/bin/firefox-esr). Nothing is downloaded from outside the Debian archive: they are installed with apt-get when
# missing and we may (root with apt-get); otherwise we say how.
set -e
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
[ -x /usr/bin/firefox-esr ] || missing="$missing firefox-esr"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "postcheck: installing browsers for the browser tests (apt-get install$missing)" >&2
  # shellcheck disable=SC2086
  (apt-get install -y -q $missing >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q $missing >/dev/null; }) >&2
  exit 0
fi
echo "postcheck: the browser tests need$missing: run 'sudo apt-get install$missing'" >&2
exit 1
