#!/usr/bin/env bash
# A real Kubernetes API for the benchmark: etcd + kube-apiserver 1.20 as two local processes on free
# ports of 127.0.0.1, nothing else (no controller-manager, scheduler or kubelet, so agent Pods stay
# Pending and nothing is garbage-collected, as with the mock). Writes DIR/kubeconfig for
# `ao-bench --api kubeconfig --kubeconfig DIR/kubeconfig`.
#
#   bench/real-apiserver.sh start DIR    start both, wait until the API server is ready
#   bench/real-apiserver.sh stop DIR     stop both (the processes this script started in DIR) and drop etcd's data
#   bench/real-apiserver.sh status DIR   are they running
#
# Binaries: kube-apiserver from $AO_KUBE_BIN (default ~/.cache/ao-node/bin, built by
# e2e/node/build-kubernetes.sh), etcd from Debian's etcd-server package (`apt-get install -y etcd-server`),
# openssl for the certificates. etcd keeps its data on /dev/shm when it can: every etcd write is an
# fsync, and the disk here is shared with other builds; pass AO_ETCD_ON_DISK=1 to keep it in DIR.
set -euo pipefail

usage() { echo "usage: $0 start|stop|status DIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
cmd=$1
dir=$2
bin=${AO_KUBE_BIN:-$HOME/.cache/ao-node/bin}

# A free TCP port on 127.0.0.1 into $port, not one of those already handed out in this run.
taken=""
port=""
free_port() {
  while :; do
    port=$(( 20000 + RANDOM % 30000 ))
    [[ " $taken " == *" $port "* ]] && continue
    if ! ss -Htln "sport = :$port" | grep -q .; then
      taken="$taken $port"
      return
    fi
  done
}

running() { [[ -f "$dir/$1.pid" ]] && kill -0 "$(cat "$dir/$1.pid")" 2>/dev/null; }

start() {
  for tool in "$bin/kube-apiserver" "$(command -v etcd || true)" "$(command -v openssl || true)"; do
    [[ -n "$tool" && -x "$tool" ]] || { echo "missing: ${tool:-etcd or openssl} (kube-apiserver: e2e/node/build-kubernetes.sh; etcd: apt-get install -y etcd-server)" >&2; exit 1; }
  done
  if running etcd || running kube-apiserver; then
    echo "already running in $dir; stop it first" >&2
    exit 1
  fi
  mkdir -p "$dir/pki"
  dir=$(cd "$dir" && pwd)
  local pki=$dir/pki
  if [[ ! -f "$pki/apiserver.crt" ]]; then
    ( cd "$pki"
      openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out ca.crt -days 30 -subj /CN=ao-bench-ca 2>/dev/null
      openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout apiserver.key -out apiserver.csr -subj /CN=kube-apiserver 2>/dev/null
      printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > apiserver.ext
      openssl x509 -req -in apiserver.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -extfile apiserver.ext -out apiserver.crt 2>/dev/null
      openssl ecparam -name prime256v1 -genkey -noout -out sa.key )
  fi
  local token
  token=$(openssl rand -hex 16)
  echo "$token,admin,admin,\"system:masters\"" > "$dir/tokens.csv"
  chmod 600 "$dir/tokens.csv"

  local etcd_data
  if [[ -z "${AO_ETCD_ON_DISK:-}" && -d /dev/shm && -w /dev/shm ]]; then
    etcd_data=$(mktemp -d /dev/shm/ao-bench-etcd.XXXXXX)
  else
    etcd_data=$dir/etcd-data
    rm -rf "$etcd_data"
    mkdir -p "$etcd_data"
  fi
  echo "$etcd_data" > "$dir/etcd-data.path"
  local etcd_port peer_port api_port
  free_port; etcd_port=$port
  free_port; peer_port=$port
  free_port; api_port=$port
  local etcd_url=http://127.0.0.1:$etcd_port peer_url=http://127.0.0.1:$peer_port
  setsid etcd --name default --data-dir "$etcd_data" \
    --listen-client-urls "$etcd_url" --advertise-client-urls "$etcd_url" \
    --listen-peer-urls "$peer_url" --initial-advertise-peer-urls "$peer_url" --initial-cluster "default=$peer_url" \
    --log-level warn > "$dir/etcd.log" 2>&1 < /dev/null &
  echo $! > "$dir/etcd.pid"
  echo "$etcd_url" > "$dir/etcd.url"

  # ServiceAccount and StorageObjectInUseProtection admission are off: they wait for controllers that do
  # not run here (the token controller, the PVC protection controller). The endpoint reconciler is off so
  # the API server writes nothing of its own while the benchmark counts requests.
  setsid "$bin/kube-apiserver" \
    --etcd-servers="$etcd_url" \
    --bind-address=127.0.0.1 --secure-port="$api_port" --insecure-port=0 --advertise-address=127.0.0.1 \
    --endpoint-reconciler-type=none \
    --tls-cert-file="$pki/apiserver.crt" --tls-private-key-file="$pki/apiserver.key" \
    --client-ca-file="$pki/ca.crt" --cert-dir="$dir/certs" \
    --token-auth-file="$dir/tokens.csv" \
    --service-account-issuer=https://kubernetes.default.svc --service-account-key-file="$pki/sa.key" \
    --service-account-signing-key-file="$pki/sa.key" --api-audiences=https://kubernetes.default.svc \
    --service-cluster-ip-range=10.0.0.0/24 --authorization-mode=RBAC --allow-privileged=true \
    --disable-admission-plugins=ServiceAccount,StorageObjectInUseProtection \
    --profiling=false --logtostderr=true --v=1 > "$dir/kube-apiserver.log" 2>&1 < /dev/null &
  echo $! > "$dir/kube-apiserver.pid"

  local url=https://127.0.0.1:$api_port
  cat > "$dir/kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: ao-bench
  cluster:
    server: $url
    certificate-authority-data: $(base64 -w0 "$pki/ca.crt")
users:
- name: admin
  user:
    token: $token
contexts:
- name: ao-bench
  context:
    cluster: ao-bench
    user: admin
current-context: ao-bench
EOF
  chmod 600 "$dir/kubeconfig"

  for _ in $(seq 1 120); do
    if curl -sf --cacert "$pki/ca.crt" -H "Authorization: Bearer $token" "$url/readyz" > /dev/null 2>&1; then
      echo "kube-apiserver $("$bin/kube-apiserver" --version | awk '{print $2}') ready at $url"
      echo "kubeconfig: $dir/kubeconfig"
      return 0
    fi
    if ! running kube-apiserver || ! running etcd; then
      break
    fi
    sleep 1
  done
  echo "the API server did not become ready; see $dir/kube-apiserver.log and $dir/etcd.log" >&2
  stop
  exit 1
}

stop() {
  local name pid
  for name in kube-apiserver etcd; do
    if [[ -f "$dir/$name.pid" ]]; then
      pid=$(cat "$dir/$name.pid")
      if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
      fi
      rm -f "$dir/$name.pid"
    fi
  done
  if [[ -f "$dir/etcd-data.path" ]]; then
    rm -rf "$(cat "$dir/etcd-data.path")"
    rm -f "$dir/etcd-data.path"
  fi
  echo "stopped ($dir)"
}

status() {
  local name ok=0
  for name in etcd kube-apiserver; do
    if running "$name"; then echo "$name: running (pid $(cat "$dir/$name.pid"))"; else echo "$name: not running"; ok=1; fi
  done
  return $ok
}

case $cmd in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) usage ;;
esac
