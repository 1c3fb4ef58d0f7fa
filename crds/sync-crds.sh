#!/usr/bin/env sh
# Regenerates the CRDs and the CRD reference from the Java API types (crds module) and copies them to where
# they are checked in: helm/agent-orchestrator/crds/ (installed by Helm, or `kubectl apply -f` that directory)
# and docs/reference/crds.md. CheckedInCrdsTest and CrdReferenceDocTest fail until this has been run after a
# change to the API types. Extra arguments go to Maven, e.g. `crds/sync-crds.sh -o` to build offline.
set -eu

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# process-test-classes runs the generators (CrdGeneratorMain, CrdReferenceMain) without the tests that
# compare their output with the copies this script is about to refresh.
mvn -B -q "$@" -pl crds process-test-classes

generated=crds/target/classes/META-INF/fabric8
mkdir -p helm/agent-orchestrator/crds docs/reference
for plural in sessions projects; do
  cp "$generated/$plural.agent-orchestrator.io-v1.yml" "helm/agent-orchestrator/crds/$plural.agent-orchestrator.io.yaml"
done
cp crds/target/generated-docs/crds.md docs/reference/crds.md

echo "Refreshed helm/agent-orchestrator/crds/*.yaml and docs/reference/crds.md from the API types."
