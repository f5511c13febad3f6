#!/bin/sh
# Runs a command with Node >= 22.18 and the project's dependencies installed, on a machine that may have neither.
# An older Node gets a newer one beside it, from the npm registry (the node-<os>-<arch> package ships the binary
# inside the package: nothing is downloaded from anywhere else), kept in .tools/.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)

new_enough() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 18) ? 0 : 1)' 2>/dev/null
}

if ! new_enough; then
  TOOLS="$ROOT/.tools"
  PLATFORM=$(node -p 'process.platform + "-" + process.arch' 2>/dev/null || echo linux-x64)
  NODE_BIN="$TOOLS/node_modules/node-$PLATFORM/bin"
  if [ ! -x "$NODE_BIN/node" ]; then
    echo "postcheck: Node $(node --version 2>/dev/null || echo 'is missing'); installing Node 22 into .tools/" >&2
    mkdir -p "$TOOLS"
    npm install --prefix "$TOOLS" --no-save --no-audit --no-fund --loglevel=error "node-$PLATFORM@22" >&2
  fi
  PATH="$NODE_BIN:$PATH"
  export PATH
fi

# Install (or re-install) dependencies when they are missing or older than the lockfile.
if [ ! -f "$ROOT/node_modules/.package-lock.json" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  echo "postcheck: installing dependencies (npm ci)" >&2
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

exec "$@"
