#!/usr/bin/env bash
# Crash rounds (hardening issue): kill -9 the service during writes, during a `de --attach` and during first-start
# seeding; after each restart every acknowledged write must be there, whole, and nothing half-written.
#   bench/crash/run.sh [ROUNDS 5] [WRITERS 20]     (needs target/gluegraph.jar; prints Markdown tables)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-5}; W=${2:-20}
JAR=target/gluegraph.jar
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 2; }
PORT=18097; BOLT=17697; WORK=$(mktemp -d); DATA="$WORK/data"; PID=
KEYS=$(for i in $(seq 1 "$W"); do printf 'bench-curator-%s:curator%s:CURATOR,' "$i" "$i"; done)
trap '[ -n "$PID" ] && kill -9 $PID 2>/dev/null; rm -rf "$WORK"' EXIT
start() {
  java -Xmx1g -jar "$JAR" --server.port=$PORT --gluegraph.data-dir="$DATA" --gluegraph.neo4j.bolt-port=$BOLT \
    --gluegraph.security.api-keys="${KEYS%,}" --gluegraph.http.rate-limit.anonymous-per-second=0 --gluegraph.http.rate-limit.anonymous-concurrent=0 \
    >> "$WORK/service.log" 2>&1 &
  PID=$!
}
ready() {
  until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ about { version } }"}' \
      http://127.0.0.1:$PORT/graphql; do
    kill -0 $PID 2>/dev/null || { echo "service died; log: $WORK/service.log" >&2; tail -30 "$WORK/service.log" >&2; exit 1; }
    sleep 0.2
  done
}
q() { curl -s -H 'Content-Type: application/json' -d "$1" http://127.0.0.1:$PORT/graphql; }
# what a whole seed answers: genes, drugs, claims and the two demo contrasts with all their results
seed_state() {
  q '{"query":"{ about { counts } a: contrast(id: \"lenalidomide_vs_dmso_synthetic\") { testedGenes results(first: 1) { totalCount } } b: contrast(id: \"resistant_vs_sensitive_synthetic\") { testedGenes results(first: 1) { totalCount } } m: mechanism(drug: \"lenalidomide\", target: \"MYC\") { predictedSign } }"}' \
    | sed -E 's/"dataVersion":"[^"]*",?//'
}

echo "| round | killed after (s) | writes acknowledged | lost | half-written |"
echo "|---|---|---|---|---|"
start; ready; REFERENCE=$(seed_state)
TOTAL=0; LOST=0; HALF=0
for r in $(seq "$ROUNDS"); do
  : > "$WORK/acks$r"
  java bench/crash/CrashWriters.java $PORT "$W" 60 "$WORK/acks$r" "r$r-$$" &
  CLIENTS=$!
  after=$(( 8 + RANDOM % 12 )); sleep "$after"
  kill -9 $PID; wait $PID 2>/dev/null || true
  wait $CLIENTS 2>/dev/null || true
  start; ready
  read -r n lost half < <(java bench/crash/CrashCheck.java $PORT "$WORK/acks$r" 2>>"$WORK/check.err")
  echo "| $r | $after | $n | $lost | $half |"
  TOTAL=$((TOTAL + n)); LOST=$((LOST + lost)); HALF=$((HALF + half))
done
echo "| all | | $TOTAL | $LOST | $HALF |"
[ -s "$WORK/check.err" ] && { echo; echo "check messages:"; head -20 "$WORK/check.err"; }

# kill -9 during `de --attach` (against the running service's database, as the README shows). The attach logs
# "writing ... in one transaction" just before its one write transaction opens and "stored ... in N ms" after the
# commit; a first, unkilled attach gives the transaction's length, then each kill lands that long after the first
# line (a fraction of the transaction's length), so the process dies inside its write transaction.
E=seed-data/expression
attach() {
  java -jar "$JAR" de --counts $E/synthetic_lenalidomide_vs_dmso_counts.tsv \
    --samples $E/synthetic_lenalidomide_vs_dmso_samples.tsv --design "~ treatment" \
    --contrast treatment,lenalidomide,DMSO --out "$WORK/$1.tsv" --attach "$1" \
    --gluegraph.neo4j.uri=bolt://localhost:$BOLT > "$WORK/$1.log" 2>&1 &
  DE=$!
}
contrast_state() {
  local state; state=$(q "{\"query\":\"{ contrast(id: \\\"$1\\\") { testedGenes results(first: 1) { totalCount } } }\"}")
  if echo "$state" | grep -q '"contrast":null'; then
    echo "absent | - | -"
  else
    echo "present | $(echo "$state" | grep -Eo '"testedGenes":[0-9]+' | grep -Eo '[0-9]+') | $(echo "$state" | grep -Eo '"totalCount":[0-9]+' | grep -Eo '[0-9]+')"
  fi
}
attach crash_attach_whole; wait $DE || true
TX_MS=$(grep -Eo 'stored by .* in [0-9]+ ms' "$WORK/crash_attach_whole.log" | grep -Eo '[0-9]+ ms' | grep -Eo '[0-9]+' || echo 0)
echo
echo "An uninterrupted attach: its write transaction took ${TX_MS} ms; contrast: $(contrast_state crash_attach_whole)"
echo
echo "| de --attach killed (ms after its transaction opened) | inside the transaction | contrast afterwards | testedGenes | results stored |"
echo "|---|---|---|---|---|"
for frac in 10 25 50; do
  name="crash_attach_$frac"
  attach "$name"
  until grep -q "writing .* in one transaction" "$WORK/$name.log" 2>/dev/null; do
    kill -0 $DE 2>/dev/null || break; sleep 0.01
  done
  ms=$(( TX_MS * frac / 100 ))
  sleep "$(awk -v m=$ms 'BEGIN { printf "%.3f", m / 1000 }')"
  kill -9 $DE 2>/dev/null || true; wait $DE 2>/dev/null || true
  grep -q "stored by" "$WORK/$name.log" && inside="no (committed first)" || inside=yes
  echo "| $ms | $inside | $(contrast_state "$name") |"
done
kill $PID; wait $PID 2>/dev/null || true; PID=

# kill -9 during first-start seeding, then restart: the seed completes and answers as an unkilled one
echo
echo "| seed killed after (s) | after restart: same counts, contrasts and mechanism as an uninterrupted seed |"
echo "|---|---|"
for t in 5 15 30; do
  rm -rf "$DATA"; start; sleep "$t"; kill -9 $PID; wait $PID 2>/dev/null || true
  start; ready
  [ "$(seed_state)" = "$REFERENCE" ] && same=yes || same="NO: $(seed_state)"
  echo "| $t | $same |"
  kill $PID; wait $PID 2>/dev/null || true; PID=
done
