#!/usr/bin/env bash
# Service benchmarks (issue "The service"): start-up times and loopback load. Not part of the tests.
#   bench/service/run.sh [--runs N] [--clients 32] [--seconds 30]
# Needs target/gluegraph.jar (./mvnw -B -DskipTests package). Prints Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=3; CLIENTS=32; SECONDS_PER=30
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2;; --clients) CLIENTS=$2; shift 2;; --seconds) SECONDS_PER=$2; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
JAR=target/gluegraph.jar
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 2; }
HTTP_PORT=18080; BOLT_PORT=17687
WORK=$(mktemp -d); trap 'kill $PID 2>/dev/null || true; cp "$WORK/service.log" bench/out/service-last.log 2>/dev/null; rm -rf "$WORK"' EXIT

# Time from process start to the first answered GraphQL query.
first_answer() {
  local start=$1
  until curl -sf -o /dev/null -H 'Content-Type: application/json' \
      -d '{"query":"{ gene(id: \"MYC\") { symbol } }"}' "http://127.0.0.1:$HTTP_PORT/graphql"; do
    sleep 0.05
  done
  echo "$(( ($(date +%s%N) - start) / 1000000 ))"
}
start_service() {
  # the 32 clients all come from 127.0.0.1: the per-address anonymous rate limit (10/s) is off for this capacity run
  java -jar "$JAR" --server.port=$HTTP_PORT --gluegraph.data-dir="$1" --gluegraph.neo4j.bolt-port=$BOLT_PORT \
    --gluegraph.http.rate-limit.anonymous-per-second=0 --gluegraph.http.rate-limit.anonymous-concurrent=0 > "$WORK/service.log" 2>&1 &
  PID=$!
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

firsts=(); restarts=()
for i in $(seq "$RUNS"); do
  dir="$WORK/data$i"
  t0=$(date +%s%N); start_service "$dir"; firsts+=("$(first_answer "$t0")"); kill $PID; wait $PID 2>/dev/null || true
  t0=$(date +%s%N); start_service "$dir"; restarts+=("$(first_answer "$t0")"); kill $PID; wait $PID 2>/dev/null || true
done
echo "| start | runs (ms) | median (ms) |"
echo "|---|---|---|"
echo "| first start, empty data dir, seed load included | ${firsts[*]} | $(printf '%s\n' "${firsts[@]}" | median) |"
echo "| restart on the same data dir | ${restarts[*]} | $(printf '%s\n' "${restarts[@]}" | median) |"
echo

CP="$WORK/cp.txt"
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$CP" -Dmdep.includeScope=runtime > /dev/null
start_service "$WORK/data1"; first_answer "$(date +%s%N)" > /dev/null
java -cp "$(cat "$CP")" bench/service/LoadBench.java $HTTP_PORT $BOLT_PORT "$CLIENTS" "$SECONDS_PER" "$PWD"
