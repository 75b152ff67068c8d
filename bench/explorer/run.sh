#!/usr/bin/env bash
# Explorer benchmarks (issue "The explorer"): drug graph drawn after navigation, 60,000-gene volcano drawn and
# panned, every page's transferred size. Not part of the tests. Needs Debian's chromium and chromium-driver.
#   bench/explorer/run.sh [--runs N] [--url http://127.0.0.1:18080] [--data-dir DIR]
# Without --url it starts target/gluegraph.jar on 127.0.0.1:18080 (first start of a data dir seeds the graph:
# minutes; pass --data-dir to reuse one). Prints Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=5; URL=""; DATA=""
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2;; --url) URL=$2; shift 2;; --data-dir) DATA=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
CP=$(mktemp); trap 'rm -f "$CP"; [ -n "${PID:-}" ] && kill $PID 2>/dev/null || true' EXIT
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP" >/dev/null
if [ -z "$URL" ]; then
  JAR=target/gluegraph.jar
  [ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 2; }
  DATA=${DATA:-$(mktemp -d)}
  java -jar "$JAR" --server.address=127.0.0.1 --server.port=18080 --gluegraph.data-dir="$DATA" > "$DATA/bench-service.log" 2>&1 &
  PID=$!
  URL=http://127.0.0.1:18080
  until curl -sf -o /dev/null "$URL/"; do sleep 1; done
fi
java -cp "$(cat "$CP")" bench/explorer/ExplorerBench.java "$URL" "$RUNS"
