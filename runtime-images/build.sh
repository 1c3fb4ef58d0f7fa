#!/usr/bin/env bash
# Builds the agent images (agent-base first, then one image per agent FROM it) and the operator image.
#
#   runtime-images/build.sh [--tool docker|podman|buildah] [--registry REG] [--tag TAG]
#                           [--build-arg K=V]... [--push] [--skip-jar] [--force] [--local-base]
#                           [--ca-file FILE] [--dry-run] [IMAGE...]
#
# IMAGE is one of: base claude-code codex aider opencode scripted-agent operator (default: all but
# scripted-agent, a test fixture). Agent images are named ${REGISTRY}/agent-<image>:${TAG} (what the
# built-in agent profiles reference; scripted-agent is agent-scripted); the operator image is
# ${REGISTRY}/operator:${TAG} (the Helm chart's default). An image whose inputs have not changed
# since it was built is kept (--force rebuilds it). See README.md, "Building".
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
all_images=(base claude-code codex aider opencode scripted-agent operator)
default_images=(base claude-code codex aider opencode operator)
# Images whose Dockerfile installs Node.js with base/install-node.sh.
node_images=" claude-code codex opencode "
inputs_label=dev.ao.build.inputs

registry="${REGISTRY:-ghcr.io/agent-orchestrator}"
tag="${TAG:-0.1.0}"
tool="${TOOL:-}"
local_base="${LOCAL_BASE:-auto}"
ca_file="${BUILD_CA_FILE:-}"
push=false
skip_jar=false
force=false
dry_run=false
build_args=()
images=()

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --tool) tool="${2:?--tool needs a value}"; shift 2 ;;
    --registry) registry="${2:?--registry needs a value}"; shift 2 ;;
    --tag) tag="${2:?--tag needs a value}"; shift 2 ;;
    --build-arg) build_args+=(--build-arg "${2:?--build-arg needs K=V}"); shift 2 ;;
    --push) push=true; shift ;;
    --skip-jar) skip_jar=true; shift ;;
    --force) force=true; shift ;;
    --local-base) local_base=yes; shift ;;
    --ca-file) ca_file="${2:?--ca-file needs a file}"; shift 2 ;;
    --dry-run) dry_run=true; shift ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "build.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
    *) images+=("$1"); shift ;;
  esac
done
explicit_images=false
if [ ${#images[@]} -gt 0 ]; then explicit_images=true; else images=("${default_images[@]}"); fi
registry="${registry%/}"

for image in "${images[@]}"; do
  if [ ! -f "$here/$image/Dockerfile" ]; then
    echo "build.sh: no image '$image' (known: ${all_images[*]})" >&2
    exit 2
  fi
done

say() { echo "build.sh: $*" >&2; }

run() {
  echo "+ $*"
  if [ "$dry_run" = false ]; then "$@"; fi
}

# True when https URL $1 answers as the real site would (2xx, 3xx, or 401 from a registry), not
# with a proxy's refusal: the build's RUN steps share this machine's network. Without curl, assume so.
reachable() {
  command -v curl >/dev/null 2>&1 || return 0
  case "$(curl -s -o /dev/null -w '%{http_code}' --connect-timeout 5 --max-time 10 "$1" 2>/dev/null)" in
    2??|3??|401) return 0 ;;
    *) return 1 ;;
  esac
}

# The caller's value of a build argument, if given with --build-arg.
build_arg_given() {
  local a
  for a in ${build_args[@]+"${build_args[@]}"}; do
    case "$a" in "$1="*) echo "${a#*=}"; return 0 ;; esac
  done
  return 1
}

if [ -z "$tool" ]; then
  for candidate in docker podman buildah; do
    command -v "$candidate" >/dev/null 2>&1 || continue
    # A docker client without a reachable daemon cannot build anything.
    if [ "$candidate" = docker ] && ! docker info >/dev/null 2>&1; then
      say "docker is installed but its daemon does not answer; trying podman and buildah"
      continue
    fi
    tool="$candidate"
    break
  done
fi
case "$tool" in
  docker|podman|buildah) ;;
  "") echo "build.sh: none of docker, podman or buildah found; install one or pass --tool (--tool podman --local-base installs podman from apt)" >&2; exit 1 ;;
  *) echo "build.sh: unsupported --tool '$tool' (docker, podman or buildah)" >&2; exit 2 ;;
esac

wants_operator=false
wants_agents=false
wants_debian=false
for image in "${images[@]}"; do
  if [ "$image" = operator ]; then wants_operator=true; else wants_agents=true; fi
  if [ "$image" = operator ] || [ "$image" = base ]; then wants_debian=true; fi
done

# The ID of a local image, empty when there is none.
image_id() {
  case "$tool" in
    buildah) buildah inspect --type image --format '{{.FromImageID}}' "$1" 2>/dev/null || true ;;
    *) "$tool" image inspect --format '{{.Id}}' "$1" 2>/dev/null || true ;;
  esac
}

# Label $2 of local image $1, empty when there is no such image or label.
image_label() {
  case "$tool" in
    buildah) buildah inspect --type image --format "{{index .OCIv1.Config.Labels \"$2\"}}" "$1" 2>/dev/null || true ;;
    *) "$tool" image inspect --format "{{index .Config.Labels \"$2\"}}" "$1" 2>/dev/null || true ;;
  esac
}

# Local base: on a machine that cannot pull debian:bookworm-slim (no registry in reach) or has no
# podman yet, local-base.sh installs the tools and makes that image from Debian's packages, and
# local-base.containers.conf carries the workarounds such build VMs need. Once the image it made
# is here, every later build on the machine uses the same settings.
debian_image="docker.io/library/debian:$(build_arg_given DEBIAN_TAG || echo bookworm-slim)"
if [ "$local_base" = auto ] && [ "$dry_run" = false ]; then
  local_base=no
  if [ "$tool" = podman ] || [ "$tool" = buildah ]; then
    if ! command -v "$tool" >/dev/null 2>&1; then
      say "$tool is not installed: getting it and a local Debian base with local-base.sh"
      local_base=yes
    elif [ "$(image_label "$debian_image" dev.ao.local-base)" = true ]; then
      local_base=yes
    elif [ "$wants_debian" = true ] && [ -z "$(image_id "$debian_image")" ] && ! reachable https://registry-1.docker.io/v2/; then
      say "Docker Hub is out of reach and $debian_image is not here: making it locally with local-base.sh"
      local_base=yes
    fi
  fi
fi
if [ "$local_base" = yes ]; then
  case "$tool" in
    podman|buildah) ;;
    *) echo "build.sh: --local-base works with podman or buildah, not $tool" >&2; exit 2 ;;
  esac
  export CONTAINERS_CONF="${CONTAINERS_CONF:-$here/local-base.containers.conf}"
  local_base_env=(env "DEBIAN_TAG=${debian_image##*:}")
  run "${local_base_env[@]}" "$here/local-base.sh"
  # Machines without a registry in reach often reach the internet through a TLS-intercepting proxy
  # whose CA only the machine trusts; the download steps then need the same trust.
  if [ -z "$ca_file" ] && [ -s /etc/ssl/certs/ca-certificates.crt ]; then
    ca_file=/etc/ssl/certs/ca-certificates.crt
    say "download steps trust this machine's CA certificates ($ca_file)"
  fi
fi
if [ -n "$ca_file" ] && [ "$dry_run" = false ] && [ ! -s "$ca_file" ]; then
  echo "build.sh: --ca-file $ca_file does not exist or is empty" >&2
  exit 1
fi

# Aider is a pip install from PyPI. Where PyPI is out of reach, the default set leaves it out (the
# other images are still useful); asking for it by name is an error.
if [ "$dry_run" = false ] && [[ " ${images[*]} " == *" aider "* ]] && ! reachable https://pypi.org/simple/aider-chat/; then
  if [ "$explicit_images" = true ]; then
    say "aider cannot be built here: its image installs aider-chat from PyPI (https://pypi.org), which is out of reach; build it on a machine that reaches PyPI"
    exit 1
  fi
  say "skipping aider: its image installs aider-chat from PyPI (https://pypi.org), which is out of reach from here; build it where PyPI is reachable with: runtime-images/build.sh aider"
  kept=()
  for image in "${images[@]}"; do [ "$image" != aider ] && kept+=("$image"); done
  images=("${kept[@]}")
fi

# Node.js: nodejs.org unless the caller chose (--build-arg NODE_SOURCE=...) or nodejs.org is out of reach.
node_args=()
if [ "$dry_run" = false ] && ! build_arg_given NODE_SOURCE >/dev/null; then
  for image in "${images[@]}"; do
    if [[ "$node_images" == *" $image "* ]]; then
      if ! reachable https://nodejs.org/dist/index.json; then
        say "nodejs.org is out of reach: the agent images get Debian's Node.js (NODE_SOURCE=debian)"
        node_args=(--build-arg NODE_SOURCE=debian)
      fi
      break
    fi
  done
fi

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

# One line per file in $2... (under context $1): its path and a digest of what it holds. A jar is
# digested by its entries' names, sizes and CRCs, not its bytes, since a rebuilt jar with the same
# classes differs in timestamps. Reading a jar's entries is slow next to hashing its bytes, so the
# entries digest is remembered per byte digest (the operator's ~170 dependency jars are copied
# unchanged by every Maven build).
jar_digests="${AO_IMAGES_CACHE:-${HOME:-/tmp}/.cache/ao-images}/jar-digests"
digest_files() {
  local context="$1" sum file entries
  shift
  [ $# -gt 0 ] || return 0
  while read -r sum file; do
    if [[ "$file" == *.jar ]] && command -v unzip >/dev/null 2>&1; then
      entries="$(grep -m 1 "^$sum " "$jar_digests" 2>/dev/null | cut -d ' ' -f 2 || true)"
      if [ -z "$entries" ]; then
        entries="$(unzip -v "$file" | awk '$7 ~ /^[0-9a-f]{8}$/ {print $1, $7, substr($0, index($0, $7) + 10)}' \
          | sha256sum | cut -c1-64)"
        { mkdir -p "${jar_digests%/*}" && echo "$sum $entries" >>"$jar_digests"; } 2>/dev/null || true
      fi
      printf '%s jar:%s\n' "${file#"$context"/}" "$entries"
    else
      printf '%s %s\n' "${file#"$context"/}" "$sum"
    fi
  done < <(printf '%s\0' "$@" | xargs -0 sha256sum)
}

# Everything a build depends on: the Dockerfile, each file it copies from the context, the build
# arguments, and the image it starts FROM (by ID, so a rebuilt agent-base makes its agents rebuild).
inputs_hash() {
  local dockerfile="$1" context="$2"; shift 2
  local -A vars=()
  local -a words files
  local line word from="" src key value
  {
    printf 'dockerfile %s\n' "$(sha256sum <"$dockerfile" | cut -c1-64)"
    while IFS= read -r line; do
      case "$line" in
        ARG\ *=*) word="${line#ARG }"; [ -n "$from" ] || vars["${word%%=*}"]="${word#*=}" ;;
        FROM\ *) [ -n "$from" ] || from="${line#FROM }" ;;
        COPY\ *|ADD\ *)
          read -r -a words <<<"${line#* }"
          for src in "${words[@]:0:${#words[@]}-1}"; do
            [[ "$src" == --* ]] && continue
            mapfile -t files < <(find "$context/${src%/}" -type f | LC_ALL=C sort)
            digest_files "$context" ${files[@]+"${files[@]}"}
          done ;;
      esac
    done <"$dockerfile"
    for word in "$@"; do
      printf 'arg %s\n' "$word"
      case "$word" in *=*) vars["${word%%=*}"]="${word#*=}" ;; esac
    done
    for key in "${!vars[@]}"; do
      value="${vars[$key]}"
      from="${from//\$\{$key\}/$value}"
    done
    from="${from%% *}"
    printf 'from %s %s\n' "$from" "$(image_id "$from")"
  } | sha256sum | cut -c1-64
}

# The base goes first whatever order was asked for: every agent image builds FROM it.
ordered=()
for image in "${images[@]}"; do [ "$image" = base ] && ordered+=(base); done
for image in "${images[@]}"; do [ "$image" != base ] && ordered+=("$image"); done

started=$SECONDS
for image in "${ordered[@]}"; do
  image_started=$SECONDS
  if [ "$image" = operator ]; then
    # Its context is the Quarkus application directory: nothing else goes into the image.
    name="$registry/operator:$tag"
    context="$operator_app"
  else
    name="$registry/agent-${image%-agent}:$tag"
    context="$here"
  fi
  dockerfile="$here/$image/Dockerfile"
  args=(--build-arg "REGISTRY=$registry" --build-arg "TAG=$tag")
  args+=(${build_args[@]+"${build_args[@]}"})
  if [[ "$node_images" == *" $image "* ]]; then args+=(${node_args[@]+"${node_args[@]}"}); fi
  # The CA file reaches only the steps that mount it, as a build secret: not an input of the image.
  secret=()
  if [ -n "$ca_file" ] && grep -q 'id=build-ca' "$dockerfile"; then secret=(--secret "id=build-ca,src=$ca_file"); fi
  if [ "$dry_run" = true ]; then
    inputs="<inputs-hash>"
  else
    arg_values=()
    for a in "${args[@]}"; do [ "$a" != --build-arg ] && arg_values+=("$a"); done
    inputs="$(inputs_hash "$dockerfile" "$context" "${arg_values[@]}")"
  fi
  if [ "$force" = false ] && [ "$dry_run" = false ] && [ "$(image_label "$name" "$inputs_label")" = "$inputs" ]; then
    echo "up to date: $name (its inputs have not changed; --force rebuilds it)"
  else
    build=(-f "$dockerfile" -t "$name" "${args[@]}" ${secret[@]+"${secret[@]}"} --label "$inputs_label=$inputs")
    case "$tool" in
      buildah) run buildah bud "${build[@]}" "$context" ;;
      *) run "$tool" build "${build[@]}" "$context" ;;
    esac
    if [ "$dry_run" = false ]; then echo "built $name in $((SECONDS - image_started)) s"; fi
  fi
  if [ "$push" = true ]; then
    run "$tool" push "$name"
  fi
done
if [ "$dry_run" = false ]; then echo "build.sh: done in $((SECONDS - started)) s"; fi
