#!/usr/bin/env bash
# Regenerates nri-proto/generated/ (static protobufjs code + its TypeScript declarations) from
# the .proto files here. `npm run proto`; pass another directory to generate elsewhere (the
# freshness test does, then compares).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin="$here/../node_modules/.bin"
out=${1:-"$here/generated"}
mkdir -p "$out"
# keep-case: upstream's snake_case names are the API; camelCased names would encode as empty.
# no-convert/no-verify/no-delimited/no-service: only encode/decode is used, the rest is dead weight.
"$bin/pbjs" -t static-module -w es6 --keep-case --force-number --no-service --no-verify \
  --no-convert --no-delimited --no-typeurl --dependency protobufjs/minimal.js \
  -p "$here" -o "$out/proto.js" "$here/nri.proto" "$here/ttrpc.proto"
"$bin/pbts" -o "$out/proto.d.ts" "$out/proto.js"
