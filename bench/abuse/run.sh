#!/usr/bin/env bash
# Abuse run: 10 anonymous clients send the requests of the hardening issue's items 1, 2 and 7 for 2 minutes while 20
# keyed readers query mechanism; the service's heap (after a full GC) before and after.
#   bench/abuse/run.sh [ABUSERS] [READERS] [SECONDS]   (needs target/gluegraph.jar; EXTRA=... adds service settings,
#   e.g. EXTRA=--gluegraph.http.rate-limit.anonymous-per-second=0 to see the other defences without the rate limit)
set -euo pipefail
cd "$(dirname "$0")/../.."
A=${1:-10}; R=${2:-20}; S=${3:-120}
PORT=18096; DATA=$(mktemp -d); mkdir -p bench/out
KEYS=$(for i in $(seq 1 "$R"); do printf 'bench-reader-%s:reader%s:READER,' "$i" "$i"; done)
java -Xmx2g -jar target/gluegraph.jar --server.port=$PORT --gluegraph.data-dir="$DATA" \
  --gluegraph.security.api-keys="${KEYS%,}" ${EXTRA:-} > bench/out/abuse-service.log 2>&1 &
PID=$!; trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ about { version } }"}' http://127.0.0.1:$PORT/graphql; do sleep 0.5; done
heap() { jcmd $PID GC.run > /dev/null; sleep 1; jcmd $PID GC.heap_info | grep -Eo 'used [0-9]+K' | head -1; }
echo "heap before: $(heap)"
java bench/abuse/AbuseLoad.java $PORT "$A" "$R" "$S"
sleep 15  # whatever was stopped has ended
echo "heap after: $(heap)"
