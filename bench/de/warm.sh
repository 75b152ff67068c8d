#!/usr/bin/env bash
# The DE pipeline in a warm JVM (as the running service uses it): bench/de/WarmBench.java, after bench/de/run.sh
# has prepared the inputs. Usage: bench/de/warm.sh [REPETITIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
CP=bench/out/de/cp.txt
mkdir -p bench/out/de
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile="$CP" -Dmdep.includeScope=runtime > /dev/null
[ -d target/classes/org/gluegraph ] || { echo "warm.sh: target/classes missing; ./mvnw -B -DskipTests package" >&2; exit 2; }
java ${JAVA_OPTS:-} -cp "target/classes:$(cat "$CP")" bench/de/WarmBench.java "${1:-10}"
