#!/bin/bash
# Restart probe: starts the jar on an existing data directory and prints the time to the first answered gene(id:)
# query (the same loop as run.sh first_answer).  Usage: bench/service/restart.sh DATA_DIR LOG
# usage: run.sh DATADIR LOG
JAR=${JAR:-/work/main/target/gluegraph.jar}
t0=$(date +%s%N)
java -jar $JAR --server.port=18080 --gluegraph.data-dir="$1" --gluegraph.neo4j.bolt-port=17687 --gluegraph.http.rate-limit.anonymous-per-second=0 $EXTRA > "$2" 2>&1 &
PID=$!
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ gene(id: \"MYC\") { symbol } }"}' http://127.0.0.1:18080/graphql; do sleep 0.05; done
echo "first answer $(( ($(date +%s%N) - t0) / 1000000 )) ms"
kill $PID; wait $PID 2>/dev/null
