#!/usr/bin/env bash
# A real single-node Kubernetes (1.20, from Debian's packages and source) for the real-node test tier.
#
#   e2e/node/node.sh start DIR       start etcd, kube-apiserver, controller-manager, scheduler, containerd, kubelet
#                                    and a hostPath volume provisioner; writes DIR/kubeconfig (cluster admin) and
#                                    DIR/env (KUBECONFIG, AO_NODE_GATEWAY) to source
#   e2e/node/node.sh load DIR IMAGE...   copy podman images into the node's containerd
#   e2e/node/node.sh stop DIR        stop everything `start` started and undo its host changes (logs stay in DIR/logs)
#
# Needs root (containerd, mounts, a network bridge, iptables). One node per machine at a time. The Kubernetes
# binaries come from e2e/node/build-kubernetes.sh (cached under ~/.cache/ao-node).
#
# What pods can reach: host services that listen on the bridge address $AO_NODE_GATEWAY (default 10.77.0.1) or
# on all addresses — that is how agent pods and the operator reach the GitHub simulator the tests run on the
# host — and the API server (which listens on 127.0.0.1 only) at the `kubernetes` Service, 10.0.0.1:443. There is no kube-proxy and no
# cluster DNS, so other Services' ClusterIPs and names do not resolve; tests reach pods by their IPs.
#
# Why the odd settings (each was needed on the Debian VMs CI runs on):
#  - containerd `restrict_oom_score_adj`: the VM does not let runc lower a process' OOM score, and runc then
#    fails with "can't get final child's PID from pipe";
#  - runc, cgroupfs: the VM mixes cgroup v1 and v2, which Debian's crun refuses;
#  - the kubelet serves on the bridge address: it refuses a loopback node IP;
#  - a hostPath provisioner: 1.20 has no dynamic provisioner for local disks; fsGroup does not apply to hostPath
#    volumes, so each volume directory is made world-writable (the agent runs as uid 10001);
#  - the pause image is compiled from the Kubernetes source: no registry to pull it from.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

cache=${AO_NODE_CACHE:-$HOME/.cache/ao-node}
bin=$cache/bin
subnet=${AO_NODE_SUBNET:-10.77.0}
gateway=$subnet.1
bridge=${AO_NODE_BRIDGE:-aonode0}
node_name=${AO_NODE_NAME:-ao-node}
pause_image=localhost/ao-node/pause:3.4
chain=AO-NODE
# sysctls the kubelet changes on start (kubelet's "protect kernel defaults" off), put back on stop
touched_sysctls="vm/overcommit_memory vm/panic_on_oom kernel/panic kernel/panic_on_oops kernel/keys/root_maxkeys kernel/keys/root_maxbytes"

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

free_ports() {  # free_ports N: N distinct free TCP ports on 127.0.0.1
  python3 - "$1" <<'PY'
import socket, sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))
PY
}

wait_for() {  # wait_for SECONDS WHAT COMMAND...: retry COMMAND every half second
  local tries=$(( $1 * 2 )) what=$2
  shift 2
  for ((; tries > 0; tries--)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 0.5
  done
  node_log "gave up waiting for $what"
  return 1
}

# launch DIR NAME COMMAND...: run COMMAND in the background, logging to DIR/logs/NAME.log; its PID and
# executable are recorded so `stop` kills exactly that process and never a recycled PID.
launch() {
  local dir=$1 name=$2
  shift 2
  "$@" >"$dir/logs/$name.log" 2>&1 </dev/null &
  echo "$! $(readlink -f "$(command -v "$1")")" >"$dir/run/$name.pid"
}

running() {  # running DIR NAME: the recorded process is alive and still the recorded executable
  local pid exe now
  read -r pid exe <"$1/run/$2.pid" 2>/dev/null || return 1
  now=$(readlink "/proc/$pid/exe" 2>/dev/null) || return 1
  [ "${now% (deleted)}" = "$exe" ]
}

terminate() {  # terminate DIR NAME [GRACE_SECONDS]
  local dir=$1 name=$2 grace=${3:-10} pid exe target i
  running "$dir" "$name" || return 0
  read -r pid exe <"$dir/run/$name.pid"
  target=$pid
  [ -f "$dir/run/$name.group" ] && target=-$pid  # the provisioner loop: its whole process group
  kill -TERM -- "$target" 2>/dev/null || true
  for ((i = 0; i < grace * 10; i++)); do running "$dir" "$name" || break; sleep 0.1; done
  kill -KILL -- "$target" 2>/dev/null || true
}

kube() { kubectl --kubeconfig "$dir/kubeconfig" --request-timeout=10s "$@"; }
ctr_k8s() { ctr --address "$(cat "$dir/run/sockdir")/containerd.sock" --namespace k8s.io "$@"; }

make_pki() {
  local pki=$dir/pki
  # EC keys: an RSA key takes seconds to generate on a busy 2-core VM.
  local ec=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
  (
    cd "$pki"
    openssl req -x509 "${ec[@]}" -keyout ca.key -out ca.crt -days 3650 -subj /CN=ao-node-ca
    openssl req "${ec[@]}" -keyout apiserver.key -out apiserver.csr -subj /CN=kube-apiserver
    cat >apiserver.ext <<EXT
subjectAltName=IP:127.0.0.1,IP:10.0.0.1,IP:$gateway,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local
extendedKeyUsage=serverAuth
EXT
    openssl x509 -req -in apiserver.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 \
      -extfile apiserver.ext -out apiserver.crt
    openssl ecparam -name prime256v1 -genkey -noout -out serviceaccount.key
  ) >"$dir/logs/pki.log" 2>&1
}

write_kubeconfig() {  # write_kubeconfig PORT TOKEN
  cat >"$dir/kubeconfig" <<KC
apiVersion: v1
kind: Config
clusters:
- name: ao-node
  cluster: {server: "https://127.0.0.1:$1", certificate-authority-data: "$(base64 -w0 "$dir/pki/ca.crt")"}
users:
- name: admin
  user: {token: "$2"}
contexts:
- name: ao-node
  context: {cluster: ao-node, user: admin, namespace: default}
current-context: ao-node
KC
  chmod 0600 "$dir/kubeconfig"
}

setup_network() {  # setup_network API_PORT
  local s
  for s in $touched_sysctls; do echo "$s $(cat "/proc/sys/$s")"; done >"$dir/run/sysctls"
  ip link add "$bridge" type bridge
  touch "$dir/run/bridge"
  ip addr add "$gateway/24" dev "$bridge"
  ip link set "$bridge" up
  # Pods reach the API server, which listens on 127.0.0.1 only, through the `kubernetes` Service address; the
  # kernel drops such rewritten "martian" loopback destinations unless the bridge allows them.
  echo 1 >"/proc/sys/net/ipv4/conf/$bridge/route_localnet"
  iptables -w -t nat -N "$chain" 2>/dev/null || iptables -w -t nat -F "$chain"
  iptables -w -t nat -A "$chain" -d 10.0.0.1/32 -p tcp --dport 443 -j DNAT --to-destination "127.0.0.1:$1"
  iptables -w -t nat -I PREROUTING -i "$bridge" -j "$chain"
  touch "$dir/run/iptables"
}

write_containerd_config() {
  local sock=$1
  cat >"$dir/containerd/config.toml" <<TOML
version = 2
root = "$dir/containerd/root"
state = "$dir/containerd/state"
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]
[grpc]
  address = "$sock/containerd.sock"
[ttrpc]
  address = "$sock/containerd.sock.ttrpc"
[plugins."io.containerd.internal.v1.opt"]
  path = "$dir/containerd/opt"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "$pause_image"
  netns_mounts_under_state_dir = true
  disable_apparmor = true
  restrict_oom_score_adj = true
  stream_server_address = "127.0.0.1"
  stream_server_port = "0"
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        SystemdCgroup = false
        BinaryName = "$(command -v runc)"
        Root = "$dir/containerd/runc"
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "/usr/lib/cni"
    conf_dir = "$dir/cni"
    max_conf_num = 1
TOML
  cat >"$dir/cni/10-ao-node.conflist" <<CNI
{"cniVersion": "0.4.0", "name": "ao-node", "plugins": [
  {"type": "bridge", "bridge": "$bridge", "isGateway": true, "ipMasq": false, "hairpinMode": true,
   "ipam": {"type": "host-local", "ranges": [[{"subnet": "$subnet.0/24", "gateway": "$gateway"}]],
            "routes": [{"dst": "0.0.0.0/0"}], "dataDir": "$dir/cni-ipam"}}]}
CNI
}

write_kubelet_config() {  # write_kubelet_config PORT HEALTHZ_PORT
  cat >"$dir/kubelet/config.yaml" <<YAML
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: "$gateway"
port: $1
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
healthzPort: $2
authentication: {anonymous: {enabled: true}, webhook: {enabled: false}}
authorization: {mode: AlwaysAllow}
cgroupDriver: cgroupfs
failSwapOn: false
makeIPTablesUtilChains: false
clusterDomain: cluster.local
resolvConf: "$dir/kubelet/resolv.conf"
# Images only ever come from "node.sh load": never garbage-collect them.
imageGCHighThresholdPercent: 100
imageGCLowThresholdPercent: 99
evictionHard: {memory.available: 1Mi, nodefs.available: 1%, nodefs.inodesFree: 1%, imagefs.available: 1%}
serializeImagePulls: false
nodeStatusUpdateFrequency: 2s
YAML
  # No DNS server for pods: lookups fail at once instead of timing out.
  printf 'nameserver %s\noptions timeout:1 attempts:1\n' "$gateway" >"$dir/kubelet/resolv.conf"
}

load_pause_image() {
  if ! podman image exists "$pause_image" 2>/dev/null; then
    local t
    t=$(mktemp -d)
    cp "$bin/pause" "$t/pause"
    tar -C "$t" -c pause | podman import --change 'ENTRYPOINT ["/pause"]' --change 'USER 65535:65535' - "$pause_image" >/dev/null
    rm -rf "$t"
  fi
  load_images "$pause_image" >/dev/null
}

# load_images IMAGE...: podman -> the node's containerd. The image is also tagged the way the kubelet expands
# a short name (name:tag -> docker.io/library/name:tag), so pods can name it as it was built.
load_images() {
  local ref archive out stored full
  for ref in "$@"; do
    archive=$(mktemp "$dir/image.XXXXXX.tar")
    podman save --format docker-archive -o "$archive" "$ref" >/dev/null
    out=$(ctr_k8s images import "$archive" 2>&1) || { rm -f "$archive"; node_log "cannot load $ref: $out"; return 1; }
    rm -f "$archive"
    stored=$(sed -n 's/^unpacking \(.*\) (sha256:.*/\1/p' <<<"$out" | head -1)
    full=$ref
    case $ref in
      */*) first=${ref%%/*}
           case $first in *.*|*:*|localhost) ;; *) full=docker.io/$ref ;; esac ;;
      *) full=docker.io/library/$ref ;;
    esac
    case ${full##*/} in *:*|*@*) ;; *) full=$full:latest ;; esac
    if [ -n "$stored" ] && [ "$stored" != "$full" ]; then ctr_k8s images tag --force "$stored" "$full" >/dev/null; fi
    echo "loaded $ref"
  done
}

# The volume provisioner: a hostPath PersistentVolume, bound to its claim, for each pending claim of a storage class
# whose provisioner is ao-node/hostpath; a Released volume it made is deleted with its directory. Runs as its own
# process group.
provisioner_loop() {
  local api=$1 token=$2 claims volumes pv path
  local curl=(curl -sf --max-time 10 --cacert "$dir/pki/ca.crt" -H "Authorization: Bearer $token")
  local classes
  while sleep 1; do
    # Only claims of a storage class that exists and names this provisioner, as a real provisioner would: a claim
    # of a missing class stays Pending, which is what a user's typo must look like.
    classes=$("${curl[@]}" "$api/apis/storage.k8s.io/v1/storageclasses" |
      jq -c '[.items[] | select(.provisioner == "ao-node/hostpath") | .metadata.name]') || continue
    claims=$("${curl[@]}" "$api/api/v1/persistentvolumeclaims") || continue
    jq -c --arg root "$dir/volumes" --argjson classes "$classes" '.items[]
      | select(.status.phase == "Pending" and (.spec.volumeName // "") == "" and ((.spec.storageClassName // "") as $c | $classes | index($c))
               and (.spec.volumeMode // "Filesystem") == "Filesystem" and .spec.selector == null)
      | {apiVersion: "v1", kind: "PersistentVolume",
         metadata: {name: ("pvc-" + .metadata.uid), annotations: {"pv.kubernetes.io/provisioned-by": "ao-node/hostpath"}},
         spec: {capacity: {storage: (.spec.resources.requests.storage // "1Gi")}, accessModes: .spec.accessModes,
                persistentVolumeReclaimPolicy: "Delete", storageClassName: .spec.storageClassName, volumeMode: "Filesystem",
                claimRef: {apiVersion: "v1", kind: "PersistentVolumeClaim", namespace: .metadata.namespace,
                           name: .metadata.name, uid: .metadata.uid},
                hostPath: {path: ($root + "/" + .metadata.namespace + "_" + .metadata.name + "_" + .metadata.uid),
                           type: "DirectoryOrCreate"}}}' <<<"$claims" |
    while read -r pv; do
      path=$(jq -r .spec.hostPath.path <<<"$pv")
      mkdir -p "$path" && chmod 0777 "$path"
      "${curl[@]}" -o /dev/null -X POST -H 'Content-Type: application/json' --data-binary "$pv" "$api/api/v1/persistentvolumes" &&
        echo "$(date +%T) provisioned $(jq -r '.spec.claimRef.namespace + "/" + .spec.claimRef.name' <<<"$pv")"
    done
    volumes=$("${curl[@]}" "$api/api/v1/persistentvolumes") || continue
    jq -r '.items[] | select(.status.phase == "Released"
             and .metadata.annotations["pv.kubernetes.io/provisioned-by"] == "ao-node/hostpath")
           | .metadata.name + " " + .spec.hostPath.path' <<<"$volumes" |
    while read -r pv path; do
      "${curl[@]}" -o /dev/null -X DELETE "$api/api/v1/persistentvolumes/$pv" || continue
      case $path in "$dir"/volumes/?*) rm -rf "$path" ;; esac
      echo "$(date +%T) deleted $pv"
    done
  done
}

node_ready() {
  [ "$(kube get node "$node_name" -o 'jsonpath={.status.conditions[?(@.type=="Ready")].status}')" = True ]
}

cmd_start() {
  node_require_root "the node runs containerd and the kubelet, and makes a network bridge"
  if ip link show "$bridge" >/dev/null 2>&1; then
    node_log "bridge $bridge exists: a node is already running (e2e/node/node.sh stop DIR)"
    exit 1
  fi
  node_apt_install etcd-server containerd runc containernetworking-plugins podman iptables jq curl openssl python3 conntrack
  "$here/build-kubernetes.sh"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if grep -q " $dir/" /proc/self/mountinfo; then
    node_log "$dir still has mounts from an earlier node: e2e/node/node.sh stop $dir"
    exit 1
  fi
  rm -rf "${dir:?}"/{run,logs,pki,etcd,volumes,cni,cni-ipam,containerd,kubelet,certs}
  mkdir -p "$dir"/{run,logs,pki,etcd,volumes,cni,cni-ipam,containerd,kubelet,certs}
  local t0 etcd_port peer_port api_port kubelet_port healthz_port cm_port sched_port token sock
  t0=$(date +%s%N)
  trap 'node_log "start failed; component logs:"; for f in "$dir"/logs/*.log; do echo "--- $f" >&2; tail -20 "$f" >&2; done; cmd_stop >/dev/null 2>&1 || true' ERR

  read -r etcd_port peer_port api_port kubelet_port healthz_port cm_port sched_port < <(free_ports 7)
  token=$(openssl rand -hex 24)
  make_pki
  echo "$token,admin,admin,\"system:masters\"" >"$dir/pki/tokens.csv"
  chmod 0600 "$dir/pki/tokens.csv"
  write_kubeconfig "$api_port" "$token"
  setup_network "$api_port"

  # containerd's socket path must stay under the 108-byte unix socket limit
  sock=$dir/run/containerd
  [ ${#sock} -le 80 ] || sock=$(mktemp -d /run/ao-node.XXXXXX)
  mkdir -p "$sock"
  echo "$sock" >"$dir/run/sockdir"
  write_containerd_config "$sock"
  launch "$dir" containerd containerd --config "$dir/containerd/config.toml"

  launch "$dir" etcd etcd --data-dir "$dir/etcd" --listen-client-urls "http://127.0.0.1:$etcd_port" \
    --advertise-client-urls "http://127.0.0.1:$etcd_port" --listen-peer-urls "http://127.0.0.1:$peer_port" \
    --initial-advertise-peer-urls "http://127.0.0.1:$peer_port" --initial-cluster "default=http://127.0.0.1:$peer_port"
  wait_for 30 etcd curl -sf "http://127.0.0.1:$etcd_port/health"
  launch "$dir" kube-apiserver "$bin/kube-apiserver" --etcd-servers="http://127.0.0.1:$etcd_port" \
    --bind-address=127.0.0.1 --secure-port="$api_port" --insecure-port=0 --advertise-address="$gateway" \
    --tls-cert-file="$dir/pki/apiserver.crt" --tls-private-key-file="$dir/pki/apiserver.key" \
    --client-ca-file="$dir/pki/ca.crt" --cert-dir="$dir/certs" --token-auth-file="$dir/pki/tokens.csv" \
    --service-account-issuer=https://kubernetes.default.svc --service-account-key-file="$dir/pki/serviceaccount.key" \
    --service-account-signing-key-file="$dir/pki/serviceaccount.key" --service-cluster-ip-range=10.0.0.0/24 \
    --authorization-mode=Node,RBAC --allow-privileged=true --profiling=false --kubelet-preferred-address-types=InternalIP
  wait_for 30 containerd ctr_k8s version
  load_pause_image
  wait_for 90 kube-apiserver kube get --raw /readyz
  node_log "API server ready after $(ms_since "$t0") ms"

  launch "$dir" kube-controller-manager "$bin/kube-controller-manager" --kubeconfig="$dir/kubeconfig" \
    --authentication-kubeconfig="$dir/kubeconfig" --authorization-kubeconfig="$dir/kubeconfig" \
    --bind-address=127.0.0.1 --secure-port="$cm_port" --port=0 --leader-elect=false --profiling=false \
    --service-account-private-key-file="$dir/pki/serviceaccount.key" --root-ca-file="$dir/pki/ca.crt" \
    --cert-dir="$dir/certs" --use-service-account-credentials=false
  launch "$dir" kube-scheduler "$bin/kube-scheduler" --kubeconfig="$dir/kubeconfig" \
    --authentication-kubeconfig="$dir/kubeconfig" --authorization-kubeconfig="$dir/kubeconfig" \
    --bind-address=127.0.0.1 --secure-port="$sched_port" --port=0 --leader-elect=false --profiling=false \
    --cert-dir="$dir/certs"

  write_kubelet_config "$kubelet_port" "$healthz_port"
  [ -d /sys/fs/cgroup/memory/kubepods ] || touch "$dir/run/kubepods"
  launch "$dir" kubelet "$bin/kubelet" --config="$dir/kubelet/config.yaml" --kubeconfig="$dir/kubeconfig" \
    --root-dir="$dir/kubelet" --cert-dir="$dir/kubelet/pki" --container-runtime=remote \
    --container-runtime-endpoint="unix://$sock/containerd.sock" --runtime-request-timeout=10m \
    --node-ip="$gateway" --hostname-override="$node_name" --volume-plugin-dir="$dir/kubelet/plugins" \
    --containerd="$sock/containerd.sock" ${AO_NODE_KUBELET_ARGS:-}
  wait_for 120 "node $node_name to be Ready" node_ready
  node_log "node Ready after $(ms_since "$t0") ms"

  kube apply --validate=false -f - >/dev/null <<'SC'
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: standard
  annotations: {storageclass.kubernetes.io/is-default-class: "true"}
provisioner: ao-node/hostpath
reclaimPolicy: Delete
volumeBindingMode: Immediate
SC
  setsid bash -c "dir='$dir'; $(declare -f provisioner_loop); provisioner_loop 'https://127.0.0.1:$api_port' '$token'" \
    >"$dir/logs/provisioner.log" 2>&1 </dev/null &
  echo "$! $(readlink -f "$(command -v bash)")" >"$dir/run/provisioner.pid"
  touch "$dir/run/provisioner.group"

  # Pods in the default namespace need the ServiceAccount token the controller-manager makes.
  wait_for 60 "the default ServiceAccount's token" sh -c "[ -n \"\$(kubectl --kubeconfig '$dir/kubeconfig' get sa default -o 'jsonpath={.secrets[0].name}')\" ]"
  printf 'export KUBECONFIG=%s\nexport AO_NODE_GATEWAY=%s\nexport AO_NODE_DIR=%s\n' "$dir/kubeconfig" "$gateway" "$dir" >"$dir/env"
  trap - ERR
  node_log "up in $(ms_since "$t0") ms: source $dir/env (KUBECONFIG=$dir/kubeconfig; pods reach the host at $gateway)"
}

cmd_stop() {
  [ -d "$dir" ] || return 0
  dir=$(cd "$dir" && pwd)
  local sock task p left=0 name value pod
  terminate "$dir" provisioner 3
  terminate "$dir" kubelet 10
  sock=$(cat "$dir/run/sockdir" 2>/dev/null || true)
  if running "$dir" containerd; then
    # Kill the pods' processes while containerd still knows them.
    for task in $(ctr_k8s tasks ls -q 2>/dev/null); do ctr_k8s tasks kill --all --signal SIGKILL "$task" >/dev/null 2>&1 & done
    wait
    for _ in $(seq 25); do ctr_k8s tasks ls 2>/dev/null | grep -q RUNNING || break; sleep 0.2; done
  fi
  terminate "$dir" containerd 10
  for p in "$dir"/containerd/state/io.containerd.runtime.v2.task/*/*/shim.pid; do
    [ -f "$p" ] || continue
    p=$(cat "$p")
    case $(readlink "/proc/$p/exe" 2>/dev/null) in *containerd-shim*) kill -KILL "$p" 2>/dev/null || true ;; esac
  done
  if [ -f "$dir/run/kubepods" ]; then
    for p in $(find /sys/fs/cgroup/memory/kubepods -name cgroup.procs -exec cat {} + 2>/dev/null); do kill -KILL "$p" 2>/dev/null || true; done
  fi
  for p in kube-scheduler kube-controller-manager kube-apiserver etcd; do terminate "$dir" "$p" 10; done

  # Mounts the kubelet and containerd made (volumes, rootfs, netns), deepest first.
  for _ in 1 2 3; do
    p=$(awk -v a="$dir/" -v b="${sock:-/nonexistent}/" '{m=$5; gsub(/\\040/, " ", m); if (index(m, a) == 1 || index(m, b) == 1) print m}' /proc/self/mountinfo | sort -r)
    [ -n "$p" ] || break
    while read -r m; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done <<<"$p"
  done
  case $sock in /run/ao-node.*) rm -rf "$sock" ;; esac

  if [ -f "$dir/run/iptables" ]; then
    while iptables -w -t nat -D PREROUTING -i "$bridge" -j "$chain" 2>/dev/null; do :; done
    iptables -w -t nat -F "$chain" 2>/dev/null || true
    iptables -w -t nat -X "$chain" 2>/dev/null || true
    rm -f "$dir/run/iptables"
  fi
  if [ -f "$dir/run/bridge" ]; then ip link del "$bridge" 2>/dev/null || true; rm -f "$dir/run/bridge"; fi
  if [ -f "$dir/run/sysctls" ]; then
    while read -r name value; do [ "$(cat "/proc/sys/$name")" = "$value" ] || echo "$value" >"/proc/sys/$name"; done <"$dir/run/sysctls"
    rm -f "$dir/run/sysctls"
  fi
  if [ -f "$dir/run/kubepods" ]; then
    for p in /sys/fs/cgroup/*/kubepods; do [ -d "$p" ] && find "$p" -depth -type d -exec rmdir {} + 2>/dev/null; done
    rm -f "$dir/run/kubepods"
  fi
  # The kubelet writes pod logs under /var/log/pods whatever its root dir: remove this node's.
  for pod in $(ls "$dir/kubelet/pods" 2>/dev/null); do rm -rf /var/log/pods/*_"$pod"; done
  find /var/log/containers -xtype l -delete 2>/dev/null || true
  rm -f /var/lib/cni/results/ao-node-* 2>/dev/null || true

  for p in provisioner kubelet containerd kube-scheduler kube-controller-manager kube-apiserver etcd; do
    if running "$dir" "$p"; then node_log "$p is still running"; left=1; fi
  done
  [ $left = 0 ] && node_log "stopped"
  return $left
}

case ${1:-} in
  start) dir=${2:?usage: node.sh start DIR}; cmd_start ;;
  stop) dir=${2:?usage: node.sh stop DIR}; cmd_stop ;;
  load) dir=${2:?usage: node.sh load DIR IMAGE...}; shift 2; dir=$(cd "$dir" && pwd); load_images "$@" ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
