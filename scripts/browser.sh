#!/bin/sh
# The browser the end-to-end tests drive: Debian's Chromium at /usr/bin/chromium (playwright cannot download browsers
# here, and must not). Installed from the Debian archive when missing and we may (root with apt-get); otherwise say how.
set -e
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "postcheck: installing Chromium for the browser tests (apt-get install chromium)" >&2
  (apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }) >&2
  exit 0
fi
echo "postcheck: the browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install chromium'" >&2
exit 1
