#!/usr/bin/env bash
# The real-node test tier: builds what it needs (Kubernetes 1.20 from Debian's source, the images from this
# repository), starts a single-node cluster on this machine, loads the images into it, runs the real-node tests
# (e2e/, -Pnode) and stops the node again, whatever happened.
#
#   e2e/run-node-tier.sh [--keep] [MAVEN_ARGS...]
#
# Expects the reactor to be installed (`mvn install`, as .ci/run does first): it uses the operator's Quarkus
# application, the runner and CLI jars and the ao-* test dependencies from that build. Needs root (containerd,
# the kubelet, a network bridge); says so and stops otherwise. Caches under ~/.cache: the Kubernetes binaries
# (ao-node), the Debian root filesystem (ao-images) and podman's image store, so a second run skips the builds.
# --keep leaves the node running afterwards (stop it with: e2e/node/node.sh stop "$AO_NODE_DIR").
# Environment: AO_NODE_DIR (default /tmp/ao-node), AO_E2E_AGENT_IMAGES (agent images to build as well, e.g.
# "claude-code codex opencode", to show their Dockerfiles work here; default none: cold, they add about 8 minutes
# to a CI run that must stay under 45, and no test runs them without a model key).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
node_dir=${AO_NODE_DIR:-/tmp/ao-node}
agent_images=${AO_E2E_AGENT_IMAGES:-}
keep=false
if [ "${1:-}" = --keep ]; then keep=true; shift; fi

if [ "$(id -u)" != 0 ]; then
  echo "[node tier] needs root: it runs containerd and a kubelet and makes a network bridge. Run it as root (CI does)." >&2
  exit 1
fi
for artifact in "$repo/operator/target/quarkus-app/quarkus-run.jar" "$repo/runtime-images/runner/target/ao-runner.jar" "$repo/cli/target/ao.jar"; do
  if [ ! -f "$artifact" ]; then
    echo "[node tier] $artifact is missing: run \`mvn install\` first (.ci/run does)" >&2
    exit 1
  fi
done

stamp() { date +%s; }
t0=$(stamp)
phase() { echo "[node tier] $1 ($(( $(stamp) - t0 )) s)"; }

"$here/node/build-kubernetes.sh"
phase "Kubernetes binaries ready"

# The images the tests run: the operator (as the chart names it), agent-base and the scripted test agent.
"$repo/runtime-images/build.sh" --tool podman --skip-jar base scripted-agent operator
phase "operator and scripted agent images ready"
if [ -n "$agent_images" ]; then
  # shellcheck disable=SC2086 # a word list
  "$repo/runtime-images/build.sh" --tool podman --skip-jar $agent_images
  phase "agent images ready: $agent_images"
fi
export CONTAINERS_CONF=${CONTAINERS_CONF:-$repo/runtime-images/local-base.containers.conf}
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E 'agent-orchestrator|debian' | sed 's/^/[node tier] image /'

"$here/node/node.sh" stop "$node_dir" >/dev/null 2>&1 || true
"$here/node/node.sh" start "$node_dir"
finish() {
  local rc=$?
  if [ "$keep" = true ]; then
    echo "[node tier] node left running: source $node_dir/env; stop with e2e/node/node.sh stop $node_dir"
  else
    "$here/node/node.sh" stop "$node_dir" || true
  fi
  exit $rc
}
trap finish EXIT
phase "node up"
registry=ghcr.io/agent-orchestrator
tag=0.1.0
"$here/node/node.sh" load "$node_dir" "$registry/operator:$tag" "$registry/agent-scripted:$tag"
phase "images loaded into the node"

# shellcheck source=/dev/null
. "$node_dir/env"
mvn -B -ntp -f "$repo/e2e/pom.xml" verify -Pnode "$@"
phase "real-node tests passed"
