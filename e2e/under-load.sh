#!/usr/bin/env bash
# Runs the whole jest suite RUNS times in a row while two busy loops keep both CPUs loaded; the
# burners end with this script, however it ends.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
burners=()
stop_burners() { kill "${burners[@]}" 2>/dev/null || true; }
trap stop_burners EXIT
for _ in 1 2; do
  node_modules/.bin/node -e 'for (;;) {}' &
  burners+=($!)
done
for run in $(seq 1 "$runs"); do
  echo "=== run $run of $runs, with ${#burners[@]} CPU burners ==="
  npm test -- --json --outputFile="build/jest-under-load-$run.json"
done
echo "=== $runs runs passed under load ==="
