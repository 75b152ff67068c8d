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
# The baseline is the heap of a service that has served each kind of legitimate request once: the first enrichment
# loads the gene-set snapshot (about 300,000 set memberships) and the first GSEA the contrast's ranks, data that a
# serving process keeps by design (it follows the graph's version); a cold start has none of it.
warm() {
  for q in '{ enrichment(input: {genes: [\"MYC\", \"IRF4\", \"STAT1\"]}) { setsTested } }' \
      '{ enrichment(input: {method: GSEA, contrast: \"lenalidomide_vs_dmso_synthetic\", permutations: 150, seed: 1}) { setsTested } }' \
      '{ mechanism(drug: \"lenalidomide\", target: \"MYC\") { predictedSign } }' \
      '{ resolveGenes(terms: [\"MYC\", \"T1\"]) { matches { gene { symbol pathways { edges { node { id } } } } } } }'; do
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d "{\"query\":\"$q\"}" http://127.0.0.1:$PORT/graphql
  done
}
warm
heap() { jcmd $PID GC.run > /dev/null; sleep 1; jcmd $PID GC.heap_info | grep -Eo 'used [0-9]+K' | head -1; }
echo "heap before: $(heap)"
[ -n "${HISTO:-}" ] && jcmd $PID GC.class_histogram > "$HISTO.before" || true
java bench/abuse/AbuseLoad.java $PORT "$A" "$R" "$S"
# whatever was stopped has ended; Tomcat's threads beyond its spare ones (each holding its own I/O and JSON buffers)
# end after 60 s idle, and the answers cached for the abusers' distinct requests (GSEA under random seeds) expire
# 2 minutes after their last read (gluegraph.cache.spec)
sleep ${SETTLE:-150}
echo "heap after: $(heap)"
[ -n "${HISTO:-}" ] && jcmd $PID GC.class_histogram > "$HISTO.after" || true
