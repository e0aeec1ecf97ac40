#!/usr/bin/env bash
# Regenerates the static protobufjs code for the kubelet-facing protos (plugin registration and
# DRA v1/v1beta1) into generated/. The output is committed so that running netclaim needs no
# code generation; run this after editing a .proto here.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../../node_modules/.bin"
mkdir -p "$here/generated"
# Services are served and called through grpc-js, so protobufjs's own RPC stubs are left out,
# as are converters and verifiers netclaim never calls.
"$bin/pbjs" -t static-module -w es6 --no-delimited --no-verify --no-typeurl --no-service --no-convert \
  -o "$here/generated/kubelet.js" "$here"/*.proto
"$bin/pbts" -o "$here/generated/kubelet.d.ts" "$here/generated/kubelet.js"
