#!/usr/bin/env bash
# Curation load: 20 curator clients writing and 100 readers for 2 minutes on loopback, then a count of the writes.
#   bench/curation/run.sh [WRITERS] [READERS] [SECONDS]   (needs target/gluegraph.jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
W=${1:-20}; R=${2:-100}; S=${3:-120}
PORT=18095; DATA=$(mktemp -d); mkdir -p bench/out
KEYS=$(for i in $(seq 1 "$W"); do printf 'bench-curator-%s:curator%s:CURATOR,' "$i" "$i"; done)
# the readers are anonymous and all come from 127.0.0.1: the per-address rate limit (10/s) is off for this capacity run
mkdir -p bench/out
java ${SERVICE_OPTS:-} -jar target/gluegraph.jar --server.port=$PORT --gluegraph.data-dir="$DATA" \
  --gluegraph.security.api-keys="${KEYS%,}" --gluegraph.http.rate-limit.anonymous-per-second=0 \
  > bench/out/curation-service.log 2>&1 &
PID=$!; trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ about { version } }"}' http://127.0.0.1:$PORT/graphql; do sleep 0.5; done
# JFR=FILE records the service's CPU profile during the load (for finding where the time goes; not for figures)
[ -n "${JFR:-}" ] && jcmd $PID JFR.start duration="${S}s" filename="$JFR" settings=profile > /dev/null
cpu() { awk '{print $14 + $15}' /proc/$PID/stat; }
C0=$(cpu)
java bench/curation/CurationLoad.java $PORT "$W" "$R" "$S"
echo "service CPU during the load: $(( ($(cpu) - C0) / $(getconf CLK_TCK) )) s"
