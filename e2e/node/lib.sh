# Helpers shared by the real-node scripts (sourced, not run).

node_log() { echo "[node] $*" >&2; }

node_require_root() {
  if [ "$(id -u)" != 0 ]; then
    echo "[node] needs root: $1 (run it as root, or with sudo)" >&2
    exit 1
  fi
}

# node_apt_install PKG...: installs the Debian packages that are not installed yet.
node_apt_install() {
  local p missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  node_log "installing ${missing[*]}"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}
