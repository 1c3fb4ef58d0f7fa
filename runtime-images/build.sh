#!/usr/bin/env bash
# Builds the agent images (agent-base first, then one image per agent FROM it) and the operator image.
#
#   runtime-images/build.sh [--tool docker|podman|buildah] [--registry REG] [--tag TAG]
#                           [--build-arg K=V]... [--push] [--skip-jar] [--dry-run] [IMAGE...]
#
# IMAGE is one of: base claude-code codex aider opencode operator (default: all). Agent images are named
# ${REGISTRY}/agent-<image>:${TAG} (what the built-in agent profiles reference); the operator image is
# ${REGISTRY}/operator:${TAG} (the Helm chart's default).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
all_images=(base claude-code codex aider opencode operator)

registry="${REGISTRY:-ghcr.io/agent-orchestrator}"
tag="${TAG:-0.1.0}"
tool="${TOOL:-}"
push=false
skip_jar=false
dry_run=false
build_args=()
images=()

usage() {
  sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --tool) tool="${2:?--tool needs a value}"; shift 2 ;;
    --registry) registry="${2:?--registry needs a value}"; shift 2 ;;
    --tag) tag="${2:?--tag needs a value}"; shift 2 ;;
    --build-arg) build_args+=(--build-arg "${2:?--build-arg needs K=V}"); shift 2 ;;
    --push) push=true; shift ;;
    --skip-jar) skip_jar=true; shift ;;
    --dry-run) dry_run=true; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "build.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) images+=("$1"); shift ;;
  esac
done
[ ${#images[@]} -gt 0 ] || images=("${all_images[@]}")
registry="${registry%/}"

for image in "${images[@]}"; do
  if [ ! -f "$here/$image/Dockerfile" ]; then
    echo "build.sh: no image '$image' (known: ${all_images[*]})" >&2
    exit 2
  fi
done

if [ -z "$tool" ]; then
  for candidate in docker podman buildah; do
    if command -v "$candidate" >/dev/null 2>&1; then tool="$candidate"; break; fi
  done
fi
case "$tool" in
  docker|podman|buildah) ;;
  "") echo "build.sh: none of docker, podman or buildah found; install one or pass --tool" >&2; exit 1 ;;
  *) echo "build.sh: unsupported --tool '$tool' (docker, podman or buildah)" >&2; exit 2 ;;
esac

run() {
  echo "+ $*"
  if [ "$dry_run" = false ]; then "$@"; fi
}

wants_operator=false
wants_agents=false
for image in "${images[@]}"; do
  if [ "$image" = operator ]; then wants_operator=true; else wants_agents=true; fi
done

jar="$here/runner/target/ao-runner.jar"
operator_app="$repo/operator/target/quarkus-app"
if [ "$skip_jar" = false ]; then
  if [ "$wants_agents" = true ]; then run mvn -B -q -f "$repo/pom.xml" -pl runtime-images/runner package -DskipTests; fi
  if [ "$wants_operator" = true ]; then run mvn -B -q -f "$repo/pom.xml" -pl operator -am package -DskipTests; fi
elif [ "$dry_run" = false ]; then
  if [ "$wants_agents" = true ] && [ ! -f "$jar" ]; then
    echo "build.sh: --skip-jar given but $jar does not exist" >&2
    exit 1
  fi
  if [ "$wants_operator" = true ] && [ ! -f "$operator_app/quarkus-run.jar" ]; then
    echo "build.sh: --skip-jar given but $operator_app/quarkus-run.jar does not exist" >&2
    exit 1
  fi
fi

# The base goes first whatever order was asked for: every agent image builds FROM it.
ordered=()
for image in "${images[@]}"; do [ "$image" = base ] && ordered+=(base); done
for image in "${images[@]}"; do [ "$image" != base ] && ordered+=("$image"); done

for image in "${ordered[@]}"; do
  if [ "$image" = operator ]; then
    # Its context is the Quarkus application directory: nothing else goes into the image.
    name="$registry/operator:$tag"
    context="$operator_app"
  else
    name="$registry/agent-$image:$tag"
    context="$here"
  fi
  args=(-f "$here/$image/Dockerfile" -t "$name" --build-arg "REGISTRY=$registry" --build-arg "TAG=$tag")
  args+=(${build_args[@]+"${build_args[@]}"})
  case "$tool" in
    buildah) run buildah bud "${args[@]}" "$context" ;;
    *) run "$tool" build "${args[@]}" "$context" ;;
  esac
  if [ "$push" = true ]; then
    run "$tool" push "$name"
  fi
  if [ "$dry_run" = false ]; then echo "built $name"; fi
done
