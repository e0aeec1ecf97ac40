#!/usr/bin/env bash
# Regenerates the static protobufjs code and its TypeScript declarations from the .proto files:
#   generate.sh              both sets, in place (`npm run proto`)
#   generate.sh nri DIR      the NRI + ttrpc set into DIR (the freshness tests compare it)
#   generate.sh kubelet DIR  the plugin-registration + DRA v1/v1beta1 + health v1alpha1 set into DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../node_modules/.bin"

# keep-case: upstream's snake_case names are the API; camelCased names would encode as empty.
# Only encode/decode is used (grpc-js and our ttrpc serve the services), so services,
# converters, verifiers and delimited codecs are left out.
generate() { # OUT_JS PROTO_DIR PROTO...
  local out_js=$1 dir=$2
  shift 2
  mkdir -p "$(dirname "$out_js")"
  "$bin/pbjs" -t static-module -w es6 --keep-case --force-number --no-service --no-verify \
    --no-convert --no-delimited --no-typeurl --dependency protobufjs/minimal.js \
    -p "$dir" -o "$out_js" "${@/#/$dir/}"
  "$bin/pbts" -o "${out_js%.js}.d.ts" "$out_js"
}

nri() { generate "$1/proto.js" "$here" nri.proto ttrpc.proto; }
kubelet() { generate "$1/kubelet.js" "$here/kubelet" pluginregistration.proto dra-v1.proto dra-v1beta1.proto dra-health-v1alpha1.proto; }

case "${1:-all}" in
  all) nri "$here/generated"; kubelet "$here/kubelet/generated" ;;
  nri) nri "$2" ;;
  kubelet) kubelet "$2" ;;
  *) echo "usage: generate.sh [nri DIR | kubelet DIR]" >&2; exit 2 ;;
esac
