#!/usr/bin/env bash
# The heap a DE run needs by shape (the constants of contrast/MemoryEstimate): for each GENESxSAMPLES, the smallest
# -Xmx (in steps of 25 MB) with which the engine completes, one thread, serial GC.
#   bench/de/memory.sh [SHAPES...]      (default: 5000x400 10000x400; needs ./mvnw -q -o compile first)
# Runs the engine's own entry point (org.gluegraph.cli.DeCli) on the compiled classes.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench/out/de-memory; mkdir -p "$OUT"
[ -f "$OUT/cp.txt" ] || ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
CP="target/classes:$(cat "$OUT/cp.txt")"
SHAPES=${*:-5000x400 10000x400}
echo "| genes | samples | cells | smallest -Xmx that completes (MB) |"
echo "|---|---|---|---|"
for shape in $SHAPES; do
  g=${shape%x*}; s=${shape#*x}
  [ -f "$OUT/counts_${shape}.tsv" ] || java bench/de/SyntheticCounts.java "$g" "$s" "$OUT"
  for mb in $(seq 50 25 4000); do
    if java -cp "$CP" -XX:+UseSerialGC -Xmx${mb}m org.gluegraph.cli.DeCli --counts "$OUT/counts_${shape}.tsv" \
         --samples "$OUT/samples_${s}.tsv" --design "~ condition" --contrast condition,B,A --out "$OUT/out.tsv" \
         --threads 1 > /dev/null 2>&1; then
      echo "| $g | $s | $((g * s)) | $mb |"; break
    fi
  done
done
