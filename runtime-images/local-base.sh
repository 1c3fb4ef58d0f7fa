#!/usr/bin/env bash
# Gets a Debian machine without Docker and without a reachable container registry (a CI VM, an
# offline build host) ready to build the images with podman or buildah:
#
#   1. installs podman, buildah, runc and debootstrap from apt when one of them is missing;
#   2. makes the image the Dockerfiles build FROM, docker.io/library/debian:bookworm-slim, locally:
#      a minimal Debian root filesystem from the machine's own Debian mirror (debootstrap), imported
#      with `podman import`. The filesystem is kept as a tarball in the cache, so later runs (and a
#      machine whose image store was wiped) only import it again.
#
#   runtime-images/local-base.sh [--refresh]
#
# --refresh makes the root filesystem again (newer Debian packages) and replaces the image.
# Environment: DEBIAN_TAG (default bookworm-slim), DEBIAN_MIRROR and DEBIAN_SECURITY_MIRROR (default:
# the ones in this machine's apt sources), AO_IMAGES_CACHE (default ~/.cache/ao-images).
# build.sh runs this script itself with --local-base, or when it finds no way to get the base image.
# Running the images here afterwards needs the same containers.conf build.sh uses:
#   export CONTAINERS_CONF=runtime-images/local-base.containers.conf
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
refresh=false
case "${1:-}" in
  --refresh) refresh=true ;;
  "") ;;
  -h|--help) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "local-base.sh: unknown argument $1" >&2; exit 2 ;;
esac

tag="${DEBIAN_TAG:-bookworm-slim}"
suite="${tag%-slim}"
image="docker.io/library/debian:$tag"
cache="${AO_IMAGES_CACHE:-$HOME/.cache/ao-images}"
arch="$(dpkg --print-architecture)"
# Bump recipe when the root filesystem below changes, so cached tarballs of the old recipe are not reused.
recipe=2
tarball="$cache/debian-$suite-$arch-minbase-r$recipe.tar.gz"
export CONTAINERS_CONF="${CONTAINERS_CONF:-$here/local-base.containers.conf}"

say() { echo "local-base: $*" >&2; }

# 1. Tools. Recommended packages are left out: rootful builds need none of them (CNI networking
# comes with podman's dependencies).
missing=()
for tool in podman buildah runc debootstrap; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    say "missing ${missing[*]}; install them (as root: apt-get install ${missing[*]}) and run this again"
    exit 1
  fi
  say "installing ${missing[*]} from apt"
  export DEBIAN_FRONTEND=noninteractive
  # Wait for another apt run on the machine (CI may prepare other things at the same time).
  apt=(apt-get -o DPkg::Lock::Timeout=600)
  "${apt[@]}" update -qq
  "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$refresh" = false ] && podman image exists "$image"; then
  say "$image is already here"
  exit 0
fi

# 2. The root filesystem, made once per Debian suite and architecture.
first_uri() { # first URI of the apt sources whose suite matches $1 (deb822 or one-line format)
  {
    awk -v want="$1" '/^URIs:/ {uri = $2} /^Suites:/ && $0 ~ want {print uri; exit}' \
      /etc/apt/sources.list.d/*.sources 2>/dev/null || true
    awk -v want="$1" '$1 == "deb" && $3 ~ want {print $2; exit}' \
      /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true
  } | head -n 1
}
mirror="${DEBIAN_MIRROR:-$(first_uri "$suite( |$)")}"
mirror="${mirror:-http://deb.debian.org/debian}"
security="${DEBIAN_SECURITY_MIRROR:-$(first_uri "$suite-security")}"
security="${security:-http://deb.debian.org/debian-security}"

if [ "$refresh" = true ] || [ ! -s "$tarball" ]; then
  mkdir -p "$cache"
  rootfs="$(mktemp -d "$cache/rootfs.XXXXXX")"
  trap 'rm -rf "$rootfs" "$tarball.partial"' EXIT
  say "debootstrap --variant=minbase $suite from $mirror (log: $cache/debootstrap.log)"
  if ! debootstrap --variant=minbase --arch="$arch" "$suite" "$rootfs" "$mirror" >"$cache/debootstrap.log" 2>&1; then
    tail -n 20 "$cache/debootstrap.log" >&2
    say "debootstrap failed"
    exit 1
  fi
  # The same apt sources as Debian's official image (release, updates, security), from the mirrors
  # this machine can reach, so `apt-get install` in a Dockerfile works and gets security fixes.
  rm -f "$rootfs/etc/apt/sources.list"
  cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $mirror
Suites: $suite $suite-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $security
Suites: $suite-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  # Like the official slim image: packages installed later leave out manuals, docs and
  # translations (the Dockerfiles already expect /usr/share/man to be missing).
  cat >"$rootfs/etc/dpkg/dpkg.cfg.d/slim" <<'EOF'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
path-include /usr/share/locale/locale.alias
path-exclude /usr/share/lintian/*
EOF
  # Also like it: apt keeps no downloaded .deb files, package caches or translations, so a
  # Dockerfile's `apt-get install` followed by removing /var/lib/apt/lists leaves nothing behind.
  cat >"$rootfs/etc/apt/apt.conf.d/slim" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
Acquire::Languages "none";
EOF
  find "$rootfs/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete 2>/dev/null || true
  rm -rf "$rootfs/usr/share/man" "$rootfs/usr/share/info" "$rootfs/var/cache/apt/"*.bin \
    "$rootfs/var/cache/apt/archives/"*.deb "$rootfs/var/lib/apt/lists/"* "$rootfs/var/log/"*.log
  find "$rootfs/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name locale.alias -exec rm -rf {} + 2>/dev/null || true
  # An image gets its own machine id, hostname and resolver from the container engine.
  : >"$rootfs/etc/machine-id"
  rm -f "$rootfs/etc/hostname" "$rootfs/etc/resolv.conf"
  tar --numeric-owner -C "$rootfs" -czf "$tarball.partial" .
  mv "$tarball.partial" "$tarball"
  rm -rf "$rootfs"
  trap - EXIT
  say "root filesystem cached in $tarball"
else
  say "using the cached root filesystem $tarball"
fi

# 3. The image, under the exact name Docker Hub would give it, so `FROM debian:bookworm-slim`
# resolves to it without a pull. The label tells build.sh that this machine builds on a local base.
podman import --quiet \
  --change 'LABEL dev.ao.local-base=true' \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["bash"]' \
  "$tarball" "$image" >/dev/null
say "$image ready (from $tarball)"
