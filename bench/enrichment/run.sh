#!/usr/bin/env bash
# Enrichment benchmark: in-process ORA and GSEA, ORA through GraphQL, and R's phyper for the same ORA.
#   bench/enrichment/run.sh        (needs target/gluegraph.jar: ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench/out/enrichment; mkdir -p "$OUT"
CP="$OUT/cp.txt"
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$CP" -Dmdep.includeScope=runtime > /dev/null
PORT=18090; DATA=$(mktemp -d)
java -jar target/gluegraph.jar --server.port=$PORT --gluegraph.data-dir="$DATA" > "$OUT/service.log" 2>&1 &
PID=$!; trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$DATA"' EXIT
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ about { version } }"}' http://127.0.0.1:$PORT/graphql; do sleep 0.5; done
java -cp "target/classes:$(cat "$CP")" bench/enrichment/EnrichBench.java "$OUT" $PORT
Rscript bench/enrichment/r_ora.R "$OUT"
