#!/bin/sh
# Installs Node.js and npm for the agent images whose CLI is an npm package. They run it at build
# time, as root, after sourcing build-env.sh:
#   NODE_SOURCE=nodejs.org /opt/ao/install-node.sh 22.23.3
#
# NODE_SOURCE=nodejs.org (the default): the official release of that version into /usr/local,
#   verified against the release's SHASUMS256.txt. Current agent CLIs ask for Node 22, which
#   Debian 12 does not have.
# NODE_SOURCE=debian: for build hosts that reach a Debian mirror and the npm registry but not
#   nodejs.org. Node.js is Debian's nodejs package (Node 18 on Debian 12; the version argument is
#   not used); npm is npm@$NPM_VERSION from the npm registry, checked against the registry's sha512
#   integrity, because Debian's npm package brings ~370 more packages (Python, webpack, babel;
#   220 MB). The pinned CLIs are native binaries that use Node only to install (and, for Codex, to
#   launch) them: npm warns that their `engines` ask for a newer Node, and each image's build runs
#   `<cli> --version` to prove the CLI works.
set -eu
version="$1"
source="${NODE_SOURCE:-nodejs.org}"
registry="${NPM_CONFIG_REGISTRY:-https://registry.npmjs.org}"

case "$source" in
  debian)
    apt-get update
    apt-get install -y --no-install-recommends nodejs
    rm -rf /var/lib/apt/lists/*
    npm_version="${NPM_VERSION:-10.9.9}"
    work=$(mktemp -d)
    curl -fsSL "${registry%/}/npm/$npm_version" -o "$work/npm.json"
    tarball=$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1])).dist.tarball' "$work/npm.json")
    integrity=$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1])).dist.integrity' "$work/npm.json")
    case "$integrity" in sha512-*) ;; *) echo "install-node.sh: npm@$npm_version has no sha512 integrity" >&2; exit 1 ;; esac
    curl -fsSL "$tarball" -o "$work/npm.tgz"
    echo "$(printf '%s' "${integrity#sha512-}" | base64 -d | od -An -v -tx1 | tr -d ' \n')  $work/npm.tgz" | sha512sum -c -
    mkdir -p /usr/local/lib/node_modules/npm
    tar -xzf "$work/npm.tgz" -C /usr/local/lib/node_modules/npm --strip-components=1 --no-same-owner
    # npm's built-in config: global packages and their commands go to /usr/local, as with the
    # nodejs.org build, not into Debian's /usr.
    echo 'prefix=/usr/local' >/usr/local/lib/node_modules/npm/npmrc
    ln -sf ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm
    ln -sf ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
    rm -rf "$work"
    echo "install-node.sh: Node.js $(node --version) from Debian, npm $(npm --version) from $registry (NODE_VERSION=$version not used)"
    exit 0
    ;;
  nodejs.org) ;;
  *) echo "install-node.sh: NODE_SOURCE must be nodejs.org or debian, not '$source'" >&2; exit 1 ;;
esac

case "$(dpkg --print-architecture)" in
  amd64) arch=x64 ;;
  arm64) arch=arm64 ;;
  *) echo "install-node.sh: unsupported architecture $(dpkg --print-architecture)" >&2; exit 1 ;;
esac
name="node-v${version}-linux-${arch}.tar.xz"
url="${NODE_DIST_URL:-https://nodejs.org/dist}/v${version}"
work=$(mktemp -d)
cd "$work"
if ! curl -fsSLO "$url/$name"; then
  echo "install-node.sh: cannot download $url/$name; where nodejs.org is out of reach, build with --build-arg NODE_SOURCE=debian" >&2
  exit 1
fi
curl -fsSL "$url/SHASUMS256.txt" | grep "  $name\$" | sha256sum -c -
tar -xJf "$name" -C /usr/local --strip-components=1 --no-same-owner \
  --exclude='*/README.md' --exclude='*/CHANGELOG.md' --exclude='*/LICENSE' --exclude='*/doc'
cd /
rm -rf "$work"
node --version
