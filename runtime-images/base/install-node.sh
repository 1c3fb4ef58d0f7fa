#!/bin/sh
# Installs an official Node.js release into /usr/local, verified against the release's
# SHASUMS256.txt. The agent images whose CLI is an npm package call it at build time:
#   /opt/ao/install-node.sh 22.23.3
# Debian's own nodejs is too old for current agent CLIs (Claude Code needs Node 22).
set -eu
version="$1"
case "$(dpkg --print-architecture)" in
  amd64) arch=x64 ;;
  arm64) arch=arm64 ;;
  *) echo "install-node.sh: unsupported architecture $(dpkg --print-architecture)" >&2; exit 1 ;;
esac
name="node-v${version}-linux-${arch}.tar.xz"
url="${NODE_DIST_URL:-https://nodejs.org/dist}/v${version}"
work=$(mktemp -d)
cd "$work"
curl -fsSLO "$url/$name"
curl -fsSL "$url/SHASUMS256.txt" | grep "  $name\$" | sha256sum -c -
tar -xJf "$name" -C /usr/local --strip-components=1 --no-same-owner \
  --exclude='*/README.md' --exclude='*/CHANGELOG.md' --exclude='*/LICENSE' --exclude='*/doc'
cd /
rm -rf "$work"
node --version
