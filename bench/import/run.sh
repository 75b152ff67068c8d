#!/usr/bin/env bash
# Import benchmark (issue 17): Hetionet's 47,031 nodes and the 765,796 edges of its 16-metaedge SIF into the embedded
# database by `import hetionet` (the default, --strategy embedded-api: node ids resolved first, then the edges through
# Neo4j's Java API in this process, transactions of 100,000), against the same edges sent as batched UNWIND ... MERGE
# over Bolt (10,000 per batch, each its own transaction, endpoints found by their keys: `--strategy merge-batches`) and,
# with --create-runs, the earlier UNWIND ... CREATE batches over Bolt (`--strategy unwind-create`, the path for an
# external server), in the same run, each on a fresh copy of one seeded data directory, heap capped (-Xmx). CPU
# seconds (user + sys) are reported beside the wall-clock ones: the machine is shared. Then, on the imported graph
# (plus DrugCentral), the service's restart time and the mechanism / gene(id:) latencies of
# bench/service/LoadBench.java.
#   bench/import/run.sh SHARED_DATA_DIR [--runs 3] [--merge-runs 1] [--create-runs 0] [--heap 1536m] [--no-service]
#       [--no-curated-baseline]
# IMPORT_JVM_OPTS (e.g. "-XX:+UseParallelGC") goes to every import command's JVM, beside -Xmx.
# With the service: the latencies of LoadBench on the curated-only graph first (the seeded base, unless
# --no-curated-baseline), then on the imported one, and the imported counts checked by bench/import/Counts.java.
# SHARED_DATA_DIR holds hetionet/ and drugcentral/. Needs target/gluegraph.jar (./mvnw -B -DskipTests package).
# Prints Markdown tables; the logs go to bench/out/import/.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARED=${1:?usage: bench/import/run.sh SHARED_DATA_DIR [--runs N] [--merge-runs N] [--heap SIZE] [--no-service]}
shift
RUNS=3; MERGE_RUNS=1; CREATE_RUNS=0; HEAP=1536m; SERVICE=1; CURATED_BASELINE=1
read -r -a JVM_OPTS <<< "${IMPORT_JVM_OPTS:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2;; --merge-runs) MERGE_RUNS=$2; shift 2;; --create-runs) CREATE_RUNS=$2; shift 2;;
    --heap) HEAP=$2; shift 2;;
    --no-service) SERVICE=0; shift;;
    --no-curated-baseline) CURATED_BASELINE=0; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
JAR=target/gluegraph.jar
[ -f "$JAR" ] || { echo "build the jar first: ./mvnw -B -DskipTests package" >&2; exit 2; }
NODES=$SHARED/hetionet/hetionet-v1.0-nodes.tsv.gz
EDGES=$SHARED/hetionet/hetionet-v1.0-edges-16metaedges.sif.gz
DRUGCENTRAL=$SHARED/drugcentral/drug.target.interaction.tsv.gz
OUT=bench/out/import; mkdir -p "$OUT"
WORK=$(mktemp -d); PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; rm -rf "$WORK"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "seeding a base data directory (once) ..." >&2
java -Xmx$HEAP -jar "$JAR" export "$WORK/export" --gluegraph.data-dir="$WORK/base" > "$OUT/seed.log" 2>&1

# one import: prints "<load step s> <relationships> <whole command s> <max RSS MB> <cpu s> <load average before>"
run_import() {
  local how=$1 i=$2 log="$OUT/$1-$2.log"
  rm -rf "$WORK/run-$how"; cp -r "$WORK/base" "$WORK/run-$how"
  local before; before=$(load)
  local t0; t0=$(date +%s%N)
  /usr/bin/time -f 'maxrss_kb %M cpu_s %U %S' java -Xmx$HEAP "${JVM_OPTS[@]}" -jar "$JAR" import hetionet --nodes "$NODES" \
      --edges "$EDGES" --strategy "$how" --gluegraph.data-dir="$WORK/run-$how" > "$log" 2>&1
  local t1; t1=$(date +%s%N)
  local line; line=$(grep '^imported ' "$log" | tail -1)      # imported <N> relationships in <S> s
  local rss; rss=$(awk '/^maxrss_kb/ {print int($2/1024)}' "$log")
  local cpu; cpu=$(awk '/^maxrss_kb/ {print $4 + $5}' "$log")
  echo "$(echo "$line" | awk '{print $5}') $(echo "$line" | awk '{print $2}') $(( (t1 - t0) / 1000000 ))e-3 $rss $cpu $before"
}

one_load=(); one_cmd=(); merge_load=(); merge_cmd=(); create_load=(); create_cmd=()
row() { # row RUN HOW-TEXT "<load step s> <relationships> <whole command s> <max RSS MB> <cpu s> <load average before>"
  local s n c rss cpu l1 l5 l15
  read -r s n c rss cpu l1 l5 l15 <<< "$3"
  echo "| $1 | $2 | $l1 $l5 $l15 | $n | $s | $(awk "BEGIN {printf \"%.0f\", $n / $s}") | $(awk "BEGIN {printf \"%.1f\", $c}") | $cpu | $rss |"
}
echo "| run | how | load average (1/5/15 min) before | relationships | load step (s) | relationships/s | whole command incl. JVM + database start (s) | CPU of the command (s) | max RSS (MB) |"
echo "|---|---|---|---:|---:|---:|---:|---:|---:|"
for i in $(seq 1 "$RUNS"); do
  r=$(run_import embedded-api "$i"); row "$i" "Java API in process (embedded-api), transactions of 100,000" "$r"
  one_load+=("$(echo "$r" | cut -d' ' -f1)"); one_cmd+=("$(awk "BEGIN {print $(echo "$r" | cut -d' ' -f3)}")")
  if [ "$i" -le "$MERGE_RUNS" ]; then
    r=$(run_import merge-batches "$i"); row "$i" "UNWIND ... MERGE by keys over Bolt, batches of 10,000" "$r"
    merge_load+=("$(echo "$r" | cut -d' ' -f1)"); merge_cmd+=("$(awk "BEGIN {print $(echo "$r" | cut -d' ' -f3)}")")
  fi
  if [ "$i" -le "$CREATE_RUNS" ]; then
    r=$(run_import unwind-create "$i"); row "$i" "UNWIND ... CREATE by node id over Bolt, transactions of 250,000" "$r"
    create_load+=("$(echo "$r" | cut -d' ' -f1)"); create_cmd+=("$(awk "BEGIN {print $(echo "$r" | cut -d' ' -f3)}")")
  fi
done
echo
echo "| how | median load step (s) | median relationships/s | median whole command (s) |"
echo "|---|---:|---:|---:|"
summary() { # summary TEXT LOAD-STEPS... -- COMMANDS...
  local text=$1; shift; local loads=() cmds=()
  while [ "$1" != "--" ]; do loads+=("$1"); shift; done; shift; cmds=("$@")
  local m; m=$(printf '%s\n' "${loads[@]}" | median)
  echo "| $text (${#loads[@]} runs) | $m | $(awk "BEGIN {printf \"%.0f\", 765796 / $m}") | $(printf '%s\n' "${cmds[@]}" | median) |"
}
summary "Java API in process (embedded-api, the default)" "${one_load[@]}" -- "${one_cmd[@]}"
[ "${#merge_load[@]}" -eq 0 ] || summary "UNWIND ... MERGE batches over Bolt" "${merge_load[@]}" -- "${merge_cmd[@]}"
[ "${#create_load[@]}" -eq 0 ] || summary "UNWIND ... CREATE over Bolt" "${create_load[@]}" -- "${create_cmd[@]}"

# the same files again: nothing written
java -Xmx$HEAP -jar "$JAR" import hetionet --nodes "$NODES" --edges "$EDGES" --gluegraph.data-dir="$WORK/run-embedded-api" \
    > "$OUT/second-import.log" 2>&1
echo
echo "second import of the same files: $(tail -1 "$OUT/second-import.log")"
[ "$SERVICE" = 1 ] || exit 0

java -Xmx$HEAP -jar "$JAR" import drugcentral "$DRUGCENTRAL" --gluegraph.data-dir="$WORK/run-embedded-api" \
    > "$OUT/drugcentral.log" 2>&1
echo "drugcentral: $(tail -1 "$OUT/drugcentral.log")"
HTTP_PORT=18081; BOLT_PORT=17688
CP="$WORK/cp.txt"
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$CP" -Dmdep.includeScope=runtime > /dev/null
first_answer() {
  until curl -sf -o /dev/null -H 'Content-Type: application/json' \
      -d '{"query":"{ gene(id: \"MYC\") { symbol } }"}' "http://127.0.0.1:$HTTP_PORT/graphql"; do sleep 0.05; done
  echo "$(( ($(date +%s%N) - $1) / 1000000 ))"
}
# the same latencies on the curated-only graph (the seeded base, no imports), for the comparison
if [ "$CURATED_BASELINE" = 1 ]; then
  rm -rf "$WORK/curated"; cp -r "$WORK/base" "$WORK/curated"
  java -jar "$JAR" --server.port=$HTTP_PORT --gluegraph.data-dir="$WORK/curated" \
      --gluegraph.neo4j.bolt-port=$BOLT_PORT --gluegraph.http.rate-limit.anonymous-per-second=0 --gluegraph.http.rate-limit.anonymous-concurrent=0 > "$OUT/service-curated.log" 2>&1 &
  PID=$!
  echo "curated-only graph: first answer after $(first_answer "$(date +%s%N)") ms; load average $(load)"
  echo
  java -cp "$(cat "$CP")" bench/service/LoadBench.java $HTTP_PORT $BOLT_PORT 8 20 "$PWD"
  kill $PID; wait $PID 2>/dev/null || true; PID=
  echo
fi
restarts=()
for i in 1 2 3; do
  t0=$(date +%s%N)
  java -jar "$JAR" --server.port=$HTTP_PORT --gluegraph.data-dir="$WORK/run-embedded-api" \
      --gluegraph.neo4j.bolt-port=$BOLT_PORT --gluegraph.http.rate-limit.anonymous-per-second=0 --gluegraph.http.rate-limit.anonymous-concurrent=0 > "$OUT/service-$i.log" 2>&1 &
  PID=$!
  restarts+=("$(first_answer "$t0")")
  [ "$i" = 3 ] || { kill $PID; wait $PID 2>/dev/null || true; PID=; }
done
echo
echo "| restart with the imported graph (Hetionet + DrugCentral) | runs (ms) | median (ms) |"
echo "|---|---|---|"
echo "| restart on the imported data dir, to the first answered query | ${restarts[*]} | $(printf '%s\n' "${restarts[@]}" | median) |"
echo
# the new queries on the imported graph: median of 5 (after one warm-up), wall-clock seconds per request over loopback
q() {
  local body=$1 times=() first
  first=$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' -d "$body" \
      "http://127.0.0.1:$HTTP_PORT/graphql")
  for k in 1 2 3 4 5; do
    times+=("$(curl -s -o "$WORK/q.json" -w '%{time_total}' -H 'Content-Type: application/json' -d "$body" \
        "http://127.0.0.1:$HTTP_PORT/graphql")")
  done
  echo "$first $(printf '%s\n' "${times[@]}" | median) $(head -c 160 "$WORK/q.json" | tr '\n' ' ')"
}
echo "| query (imported graph) | first call (s) | median of 5 more (s) | answer begins |"
echo "|---|---:|---:|---|"
for body in \
  '{"query":"{ drug(id: \"lenalidomide\") { interactions(first: 50) { totalCount } } }"}' \
  '{"query":"{ gene(id: \"MYC\") { interactions(sources: [\"HETIONET\"], first: 50) { totalCount } } }"}' \
  '{"query":"{ disease(id: \"DOID:2531\") { name interactions(first: 10) { totalCount } } }"}' \
  '{"query":"{ search(text: \"cancer\") { __typename } }"}' \
  '{"query":"{ mechanism(drug: \"lenalidomide\", target: \"MYC\", maxHops: 2, sources: [\"CURATED\", \"HETIONET\", \"DRUGCENTRAL\"]) { predictedSign } }"}' \
  '{"query":"{ mechanism(drug: \"lenalidomide\", maxHops: 3, sources: [\"CURATED\", \"HETIONET\"]) { predictedSign } }"}' \
  '{"query":"{ mechanism(drug: \"lenalidomide\", target: \"MYC\", maxHops: 4, sources: [\"CURATED\", \"HETIONET\"]) { predictedSign } }"}' \
  '{"query":"{ mechanism(drug: \"lenalidomide\", target: \"IKZF1\", maxHops: 4, sources: [\"CURATED\", \"HETIONET\", \"DRUGCENTRAL\"]) { predictedSign } }"}' \
  '{"query":"{ mechanism(drug: \"lenalidomide\", maxHops: 4, sources: [\"CURATED\", \"HETIONET\"]) { predictedSign } }"}'; do
  read -r t1 t rest <<< "$(q "$body")"
  echo "| \`$(echo "$body" | sed 's/^{"query":"//; s/"}$//; s/\\"/"/g')\` | $t1 | $t | \`$rest\` |"
done
echo
# what the imports wrote, counted in the graph, against the sources' published counts
java -cp "$(cat "$CP")" bench/import/Counts.java $BOLT_PORT "$PWD" "$SHARED" || true
echo
echo "imported graph (Hetionet + DrugCentral): load average $(load)"
java -cp "$(cat "$CP")" bench/service/LoadBench.java $HTTP_PORT $BOLT_PORT 8 20 "$PWD"
