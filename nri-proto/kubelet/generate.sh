#!/usr/bin/env bash
# Regenerates nri-proto/kubelet/generated/ (static protobufjs code + its TypeScript declarations)
# from the kubelet-facing .proto files here: plugin registration and DRA v1/v1beta1. Same flags
# as nri-proto/generate.sh; pass another directory to generate elsewhere (the freshness test
# does, then compares).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../../node_modules/.bin"
out=${1:-"$here/generated"}
mkdir -p "$out"
# keep-case: field names stay as the kubelet's protos spell them (pool_name, request_names).
# Services are served and called through grpc-js, so protobufjs's own RPC stubs are left out,
# as are converters and verifiers netclaim never calls.
"$bin/pbjs" -t static-module -w es6 --keep-case --force-number --no-service --no-verify \
  --no-convert --no-delimited --no-typeurl --dependency protobufjs/minimal.js \
  -p "$here" -o "$out/kubelet.js" "$here/pluginregistration.proto" "$here/dra-v1.proto" "$here/dra-v1beta1.proto"
"$bin/pbts" -o "$out/kubelet.d.ts" "$out/kubelet.js"
