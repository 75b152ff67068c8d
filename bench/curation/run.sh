#!/usr/bin/env bash
# Curation load: 20 curator clients writing and 100 readers for 2 minutes on loopback, then a count of the writes.
#   bench/curation/run.sh [WRITERS] [READERS] [SECONDS]   (needs target/gluegraph.jar)
# WARM=N first runs the same mix for N seconds, unmeasured (a fresh JVM on 2 cores spends its first minutes compiling:
# C2 alone took half a core throughout a 60 s run); COMPARE=1 then measures READERS alone and READERS with WRITERS
# on that one warmed service, one after the other, and prints the ratio of their reads per second.
# SERVICE_OPTS: JVM options and --properties of the service (e.g. --gluegraph.neo4j.concurrent-writes=0).
set -euo pipefail
cd "$(dirname "$0")/../.."
W=${1:-20}; R=${2:-100}; S=${3:-120}
PORT=18095; DATA=$(mktemp -d); mkdir -p bench/out
KEYS=$(for i in $(seq 1 "$W"); do printf 'bench-curator-%s:curator%s:CURATOR,' "$i" "$i"; done)
# the readers are anonymous and all come from 127.0.0.1: the per-address rate limit (10/s) and the bound on anonymous
# requests served at once (half the CPUs) are off for this capacity run
mkdir -p bench/out
JVM_OPTS=(); APP_OPTS=()
for o in ${SERVICE_OPTS:-}; do case "$o" in --*) APP_OPTS+=("$o");; *) JVM_OPTS+=("$o");; esac; done
java "${JVM_OPTS[@]}" -jar target/gluegraph.jar "${APP_OPTS[@]}" --server.port=$PORT --gluegraph.data-dir="$DATA" \
  --gluegraph.security.api-keys="${KEYS%,}" --gluegraph.http.rate-limit.anonymous-per-second=0 --gluegraph.http.rate-limit.anonymous-concurrent=0 \
  > bench/out/curation-service.log 2>&1 &
PID=$!; trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ about { version } }"}' http://127.0.0.1:$PORT/graphql; do sleep 0.5; done
# JFR=FILE records the service's CPU profile during the load (for finding where the time goes; not for figures)
[ -n "${JFR:-}" ] && jcmd $PID JFR.start duration="${S}s" filename="$JFR" settings=profile > /dev/null
cpu() { awk '{print $14 + $15}' /proc/$PID/stat; }
if [ "${WARM:-0}" -gt 0 ]; then
  echo "warming the service: $W writers and $R readers for $WARM s (not measured)" >&2
  java bench/curation/CurationLoad.java $PORT "$W" "$R" "$WARM" > /dev/null
fi
measure() {
  local C0; C0=$(cpu)
  java bench/curation/CurationLoad.java $PORT "$1" "$2" "$S" | tee bench/out/curation-$1-$2.txt
  echo "service CPU during the load: $(( ($(cpu) - C0) / $(getconf CLK_TCK) )) s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
reads() { awk -F'|' 'NR==3 {gsub(/ /,"",$11); print $11}' bench/out/curation-$1-$2.txt; }
if [ "${COMPARE:-0}" = 1 ]; then
  measure 0 "$R"; measure "$W" "$R"
  awk -v a="$(reads 0 "$R")" -v b="$(reads "$W" "$R")" -v s="$S" 'BEGIN {printf "reads/s without writers %.0f, with %.0f: %.0f%%\n", a/s, b/s, 100*b/a}'
else
  measure "$W" "$R"
fi
