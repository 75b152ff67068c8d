#!/usr/bin/env bash
# DE benchmark: DESeq2 1.38 (R) vs GlueGraph's Java engine on pasilla and two synthetic sets.
#
# Usage: bench/de/run.sh [--shared PATH] [--runs N] [--threads N] [--java jar|jar-de|classes] [--only NAME]
#   --shared   folder holding pasilla/ (default /work/shared/data); only pasilla is read from there
#   --runs     runs per tool and data set; the table shows medians (default 3)
#   --threads  Java engine threads (default 1, to compare with DESeq2's serial default)
#   --java     how the Java side is started (this script builds nothing):
#                jar     (default) java -cp target/gluegraph.jar -Dloader.main=org.gluegraph.cli.DeCli
#                        org.springframework.boot.loader.launch.PropertiesLauncher ...  = the shipped fat jar,
#                        entering the de command directly (no Spring, no Neo4j). Build: ./mvnw -B -o -DskipTests package
#                jar-de  java -jar target/gluegraph.jar de ...  (needs the jar's `de` dispatch)
#                classes java -cp "target/classes:$(cat target/classpath.txt)" org.gluegraph.cli.DeCli
#                        Build: ./mvnw -B -o -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
#   --only     run one data set: pasilla, g60000_s24, g20000_s200 or g60000_s4 (2 vs 2: low residual df)
#   --r-only   measure DESeq2 only (Java columns shown as -)
#   --warm N   also time the engine in one warm JVM per data set, as the service runs it and as JMH would:
#              bench/de/WarmBench.java repeats the run N times and reports the median of the second half (the
#              first half is the JIT's warm-up). Needs target/classes (./mvnw -B -o -DskipTests package).
# JAVA_OPTS is passed to java (e.g. JAVA_OPTS=-Xmx8g).
#
# Measures, per data set: R pipeline = system.time(DESeq() + results()) inside R; R process = wall time of the
# whole Rscript (start, library(DESeq2), read, fit, write); Java pipeline = the engine alone (DeCommand's
# "[de] pipeline" line: DeseqPipeline.run); Java process = wall time of the whole java command (JVM start,
# read, validate, fit, write); peak RSS of each process from /usr/bin/time -v. Also the largest absolute
# log2FoldChange difference between the two result tables and how many padj < 0.1 calls agree.
# Synthetic inputs are made once by make_synthetic.R under bench/out/de/data (git-ignored).
set -euo pipefail

SHARED=/work/shared/data
RUNS=3
THREADS=1
JAVA_MODE=jar
ONLY=""
R_ONLY=0
WARM=0
while [ $# -gt 0 ]; do
  case "$1" in
    --shared) SHARED="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --java) JAVA_MODE="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --r-only) R_ONLY=1; shift ;;
    --warm) WARM="$2"; shift 2 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
OUT="$ROOT/bench/out/de"
DATA="$OUT/data"
mkdir -p "$OUT/runs" "$DATA/pasilla"

[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

[ "$R_ONLY" = 1 ] && JAVA_MODE=none
case "$JAVA_MODE" in
  none) JAVA_CMD=() ;;
  jar)
    [ -f target/gluegraph.jar ] || { echo "run.sh: target/gluegraph.jar missing; ./mvnw -B -o -DskipTests package" >&2; exit 2; }
    JAVA_CMD=(java ${JAVA_OPTS:-} -cp target/gluegraph.jar -Dloader.main=org.gluegraph.cli.DeCli
              org.springframework.boot.loader.launch.PropertiesLauncher) ;;
  jar-de)
    [ -f target/gluegraph.jar ] || { echo "run.sh: target/gluegraph.jar missing" >&2; exit 2; }
    JAVA_CMD=(java ${JAVA_OPTS:-} -jar target/gluegraph.jar de) ;;
  classes)
    [ -f target/classpath.txt ] || { echo "run.sh: target/classpath.txt missing; see --help" >&2; exit 2; }
    JAVA_CMD=(java ${JAVA_OPTS:-} -cp "target/classes:$(cat target/classpath.txt)" org.gluegraph.cli.DeCli) ;;
  *) echo "run.sh: --java must be jar, jar-de or classes" >&2; exit 2 ;;
esac

if [ "$WARM" -gt 0 ] && [ "$R_ONLY" = 0 ]; then
  [ -d target/classes/org/gluegraph ] || { echo "run.sh: --warm needs target/classes; ./mvnw -B -o -DskipTests package" >&2; exit 2; }
  ./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=runtime > /dev/null
fi

# ---- inputs ----
if [ ! -f "$DATA/pasilla/counts.tsv" ]; then
  cp "$SHARED/pasilla/pasilla_gene_counts.tsv" "$DATA/pasilla/counts.tsv"
  # the annotation names samples treated1fb..; the count header treated1..: strip "fb" (as the DESeq2 vignette does)
  awk -F',' 'NR == 1 { print "sample\tcondition\ttype"; next }
             { gsub(/"/, ""); sub(/fb$/, "", $1); print $1 "\t" $2 "\t" $3 }' \
      "$SHARED/pasilla/pasilla_sample_annotation.csv" > "$DATA/pasilla/samples.tsv"
fi
if [ ! -f "$DATA/g20000_s200/counts.tsv" ] || [ ! -f "$DATA/g60000_s24/counts.tsv" ] || [ ! -f "$DATA/g60000_s4/counts.tsv" ]; then
  Rscript bench/de/make_synthetic.R "$DATA" >&2
fi

# name | design | factor | numerator | denominator
SETS=(
  "pasilla|~ type + condition|condition|treated|untreated"
  "g60000_s24|~ condition|condition|B|A"
  "g20000_s200|~ condition|condition|B|A"
  "g60000_s4|~ condition|condition|B|A"
)

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == "-" || b + 0 == 0) print "-"; else printf "%.1fx", a / b }'; }
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$1"; }

ROWS=()
for spec in "${SETS[@]}"; do
  IFS='|' read -r name design factor num den <<< "$spec"
  [ -n "$ONLY" ] && [ "$ONLY" != "$name" ] && continue
  counts="$DATA/$name/counts.tsv"
  samples="$DATA/$name/samples.tsv"
  genes=$(($(wc -l < "$counts") - 1))
  nsamples=$(($(head -1 "$counts" | awk -F'\t' '{ print NF }') - 1))
  r_pipe=(); r_wall=(); r_rss=(); j_pipe=(); j_wall=(); j_rss=()
  for run in $(seq 1 "$RUNS"); do
    log="$OUT/runs/$name.R.$run"
    t0=$(now)
    /usr/bin/time -v -o "$log.time" Rscript bench/de/bench_deseq2.R "$counts" "$samples" "$design" \
        "$factor" "$num" "$den" "$OUT/runs/$name.R.tsv" > "$log.out" 2> "$log.err"
    t1=$(now)
    r_wall+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')")
    r_pipe+=("$(awk '/^pipeline_seconds/ { print $2 }' "$log.out")")
    r_rss+=("$(rss_mb "$log.time")")

    if [ "$R_ONLY" = 1 ]; then
      echo "run.sh: $name run $run: R ${r_pipe[-1]} s / ${r_wall[-1]} s" >&2
      continue
    fi
    log="$OUT/runs/$name.java.$run"
    t0=$(now)
    /usr/bin/time -v -o "$log.time" "${JAVA_CMD[@]}" --counts "$counts" --samples "$samples" --design "$design" \
        --contrast "$factor,$num,$den" --out "$OUT/runs/$name.java.tsv" --threads "$THREADS" \
        > "$log.out" 2> "$log.err" || { echo "run.sh: java failed on $name, see $log.err" >&2; cat "$log.err" >&2; exit 1; }
    t1=$(now)
    j_wall+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')")
    j_pipe+=("$(awk '/^\[de\] pipeline / { print $3 }' "$log.err")")
    j_rss+=("$(rss_mb "$log.time")")
    echo "run.sh: $name run $run: R ${r_pipe[-1]} s / ${r_wall[-1]} s, Java ${j_pipe[-1]} s / ${j_wall[-1]} s" >&2
  done
  if [ "$R_ONLY" = 1 ]; then
    ROWS+=("| $name | $genes x $nsamples | $(printf '%s\n' "${r_pipe[@]}" | median) | $(printf '%s\n' "${r_wall[@]}" | median | xargs printf '%.2f') | $(printf '%s\n' "${r_rss[@]}" | median) | - | - | - | - | - | - | - | - | - |")
    continue
  fi
  j_warm=-
  if [ "$WARM" -gt 0 ]; then
    log="$OUT/runs/$name.warm"
    java ${JAVA_OPTS:-} -cp "target/classes:$(cat "$OUT/cp.txt")" bench/de/WarmBench.java "$WARM" "$name" "$THREADS" \
        > "$log.out" 2> "$log.err" || { echo "run.sh: WarmBench failed on $name, see $log.err" >&2; exit 1; }
    j_warm=$(awk -F'|' -v n="$name" '$2 == " " n " " { gsub(/ /, "", $4); print $4 }' "$log.out")
    echo "run.sh: $name warm: $(grep "| $name |" "$log.out")" >&2
  fi
  agree=$(Rscript -e '
    a <- read.delim(commandArgs(TRUE)[1]); b <- read.delim(commandArgs(TRUE)[2])
    stopifnot(identical(a$gene_id, b$gene_id))
    d <- max(abs(a$log2FoldChange - b$log2FoldChange), na.rm = TRUE)
    ra <- which(a$padj < 0.1); rb <- which(b$padj < 0.1)
    cat(sprintf("%.2g|%d/%d", d, length(intersect(ra, rb)), length(union(ra, rb))))' \
    "$OUT/runs/$name.R.tsv" "$OUT/runs/$name.java.tsv")
  rp=$(printf '%s\n' "${r_pipe[@]}" | median); rw=$(printf '%s\n' "${r_wall[@]}" | median)
  jp=$(printf '%s\n' "${j_pipe[@]}" | median); jw=$(printf '%s\n' "${j_wall[@]}" | median)
  ROWS+=("| $name | $genes x $nsamples | $rp | $(printf '%.2f' "$rw") | $(printf '%s\n' "${r_rss[@]}" | median) | $jp | $(printf '%.2f' "$jw") | $(printf '%s\n' "${j_rss[@]}" | median) | ${agree%%|*} | ${agree##*|} | $(ratio "$rp" "$jp") | $(ratio "$rw" "$jw") | $j_warm | $(ratio "$rp" "$j_warm") |")
done

echo
echo "DE benchmark, median of $RUNS run(s); Java threads = $THREADS, launcher = $JAVA_MODE; $(nproc) CPUs; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "R $(Rscript -e 'cat(R.version$major, R.version$minor, sep=".")') with DESeq2 $(Rscript -e 'cat(as.character(packageVersion("DESeq2")))'); $(java -version 2>&1 | head -1)"
echo
echo "| data set | genes x samples | R pipeline (s) | R process (s) | R peak RSS (MB) | Java pipeline (s) | Java process (s) | Java peak RSS (MB) | max abs LFC diff | padj<0.1 calls shared/either | pipeline ratio | process ratio | Java pipeline, warm JVM (s) | warm pipeline ratio |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
