#!/usr/bin/env bash
# Builds the Kubernetes 1.20 control plane and kubelet that the real-node and real-API test tiers run, from Debian's
# `kubernetes` source package with Debian's Go, offline (no Go module proxy is needed: the source vendors
# its modules). The binaries land in $AO_NODE_CACHE (default ~/.cache/ao-node/bin) and are reused: a machine
# that has them skips this in a second. A fresh machine takes about 11 minutes on 2 cores.
#
#   e2e/node/build-kubernetes.sh
#
# Needs root for apt-get (it installs golang-go, rsync, make, gcc and the reflect2 fix below).
set -euo pipefail

cache=${AO_NODE_CACHE:-$HOME/.cache/ao-node}
bin=$cache/bin
wanted=(kube-apiserver kubelet kube-scheduler kube-controller-manager)

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"
# etcd (and openssl for the API server's certificates) come from Debian as they are: the real-API test tier and
# the node both need them, so they are installed here too, once, before anything runs.
if [ "$(id -u)" = 0 ]; then node_apt_install etcd-server openssl; fi

missing=()
for b in "${wanted[@]}"; do [ -x "$bin/$b" ] || missing+=("$b"); done
if [ ${#missing[@]} -eq 0 ] && [ -x "$bin/pause" ]; then
  echo "[node] kubernetes binaries cached in $bin"
  exit 0
fi

node_require_root "building Kubernetes needs apt-get"
node_apt_install golang-go rsync make gcc libc6-dev dpkg-dev golang-github-modern-go-reflect2-dev

src=$cache/src
mkdir -p "$src" "$bin"
cd "$src"
if ! compgen -G 'kubernetes_*.orig.tar.gz' >/dev/null; then
  # Source packages need a deb-src entry; the machine's sources list binary packages only.
  if ! grep -Rqs 'deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources
    apt-get update -qq
  fi
  echo "[node] downloading Debian's kubernetes source package"
  apt-get source -qq --download-only kubernetes >/dev/null
fi
if ! compgen -G 'kubernetes-*/Makefile' >/dev/null; then tar xzf kubernetes_*.orig.tar.gz; fi
cd kubernetes-*/

# The vendored github.com/modern-go/reflect2 1.0.1 reads Go runtime internals that moved in Go 1.18; with
# Debian's Go it crashes the API server on the first custom-resource write. Debian's 1.0.2 is the fix.
fixed=/usr/share/gocode/src/github.com/modern-go/reflect2
if ! diff -q "$fixed/reflect2.go" vendor/github.com/modern-go/reflect2/reflect2.go >/dev/null 2>&1; then
  rm -rf vendor/github.com/modern-go/reflect2
  cp -r "$fixed" vendor/github.com/modern-go/reflect2
fi

if [ ${#missing[@]} -gt 0 ]; then
  targets=()
  for b in "${missing[@]}"; do targets+=("cmd/$b"); done
  echo "[node] building ${missing[*]} with $(go version | cut -d' ' -f3) (about 11 minutes on 2 cores)"
  log=$cache/build.log
  if ! nice -n 5 env GOPROXY=off GOFLAGS=-mod=vendor CGO_ENABLED=0 make WHAT="${targets[*]}" GOLDFLAGS="-s -w" >"$log" 2>&1; then
    tail -40 "$log" >&2
    echo "[node] the Kubernetes build failed; full log: $log" >&2
    exit 1
  fi
  for b in "${missing[@]}"; do install -m 0755 "_output/bin/$b" "$bin/$b"; done
fi

# The pod sandbox ("pause") image's one binary: no registry to pull it from, so it is compiled here.
if [ ! -x "$bin/pause" ]; then
  gcc -Os -static -DVERSION=v3.4-ao -o "$bin/pause.new" build/pause/linux/pause.c
  strip "$bin/pause.new"
  mv "$bin/pause.new" "$bin/pause"
fi
echo "[node] kubernetes binaries ready in $bin"
