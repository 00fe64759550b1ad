#!/usr/bin/env bash
# The load path beside tdb2.tdbloader on the same quads, in one run (BENCHMARKS.md, "Load beside
# tdb2.tdbloader" and "Store size and compaction").
#
#   scripts/compare-load.sh N [WORK]      e.g. scripts/compare-load.sh 10
#   LOADER=basic scripts/compare-load.sh 10   the yardstick with tdb2.tdbloader --loader=basic
#   CORPUS=DIR scripts/compare-load.sh NAME   a corpus made elsewhere (e.g. bench.NationalYear's), not N× the seeds
#   QUADS=FILE CORPUS=DIR scripts/compare-load.sh NAME   the corpus's quads dumped before (N-Quads, links
#                                             excluded): no first load and dump (a national year's take ~15 min)
#   BATCH=N scripts/compare-load.sh 10      the load path's batch budget in quads (default: the build's)
#
# Generates the N× corpus (CorpusMultiplier), loads it once to dump the load path's quads (every
# graph but the links, which a load-only run does not write anyway) as the yardstick's input, then
# back to back: tdb2.tdbloader (its default loader) on those quads, and the load path
# (ScaleRun … load: read, extract, write, text index; no linking). Prints wall, CPU (user + sys)
# and peak RSS of each, the load average beside each, the ratio, and du -sk of both stores
# before and after compaction. Uses target/policykg.jar (built if missing); -Xmx4g for every JVM.
# WORK (default /tmp/compare-load-N) is emptied first and keeps the corpus, quads and stores.
set -euo pipefail

N=${1:?usage: scripts/compare-load.sh N [WORK]}
WORK=${2:-/tmp/compare-load-$N}
HERE=$(cd "$(dirname "$0")/.." && pwd)
JAR=$HERE/target/policykg.jar
THREADS=${THREADS:-$(nproc)}
BATCH=${BATCH:--}    # - for the build's default (--batch-quads)
# the yardstick's loader: empty for tdb2.tdbloader's default (phased); basic is its transactional one
LOADER=${LOADER:-}
TIME='%e %U %S %M'

[ -f "$JAR" ] || (cd "$HERE" && mvn -B -q -o -DskipTests package)
rm -rf "$WORK"
mkdir -p "$WORK"
cd "$HERE"

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
# wall user sys maxrss → "W s wall, C s CPU (U user + S sys), R MB max RSS"
describe() { awk '{printf "%.1f s wall, %.1f s CPU (%.1f user + %.1f sys), %d MB max RSS", $1, $2 + $3, $2, $3, $4 / 1024}' "$1"; }

if [ -n "${CORPUS:-}" ]; then
    echo "== corpus $CORPUS ($(find "$CORPUS" -type f | wc -l) files)"
    SOURCE=$CORPUS
else
    SOURCE=$WORK/corpus
    echo "== corpus ${N}×"
    java -cp "$JAR" org.policykg.bench.CorpusMultiplier seeds "$N" "$WORK/corpus" | tail -1
fi

if [ -n "${QUADS:-}" ]; then
    [ -n "${CORPUS:-}" ] || { echo "QUADS=FILE needs the CORPUS=DIR they were dumped from" >&2; exit 2; }
    echo "== the load path's quads: $QUADS (given)"
else
    echo "== the load path's quads (a first load, dumped)"
    QUADS=$WORK/quads.nq
    java -Xmx4g -cp "$JAR" org.policykg.bench.ScaleRun "$SOURCE" "$WORK/first" "$THREADS" "$BATCH" load > /dev/null
    java -cp "$JAR" tdb2.tdbdump --loc "$WORK/first" \
        | grep -v '<https://w3id.org/policykg/graph/links/[^>]*> \.$' > "$QUADS"
    rm -rf "$WORK/first"
fi
QUADCOUNT=$(wc -l < "$QUADS")
echo "$QUADCOUNT quads"

echo "== tdb2.tdbloader ${LOADER:+--loader=$LOADER }(load average $(loadavg))"
/usr/bin/time -o "$WORK/yardstick.time" -f "$TIME" \
    java -Xmx4g -cp "$JAR" tdb2.tdbloader ${LOADER:+--loader=$LOADER} --loc "$WORK/yardstick" "$QUADS" > "$WORK/yardstick.log" 2>&1
echo "$(describe "$WORK/yardstick.time") (load average after $(loadavg))"

echo "== load path: ScaleRun ... load, threads $THREADS, batch budget $BATCH quads (load average $(loadavg))"
/usr/bin/time -o "$WORK/load.time" -f "$TIME" \
    java -Xmx4g -Xlog:gc:file="$WORK/load.gc" -cp "$JAR" org.policykg.bench.ScaleRun "$SOURCE" "$WORK/store" "$THREADS" "$BATCH" load | tee "$WORK/load.log"
echo "$(describe "$WORK/load.time") (load average after $(loadavg))"
# the heap's peak is what the collector let fill; what a collection left is nearer what the load holds
grep -o '[0-9]*M->[0-9]*M' "$WORK/load.gc" | awk -F'->' '{a = $2 + 0; if (a > m) m = a; n++} END {printf "heap after a collection: at most %d MB (%d collections)\n", m, n}'
# the same quads? tdb2.tdbdump of the yardstick counts what it stored (duplicates dropped), so compare with the file
echo "quads stored: tdbloader $(java -cp "$JAR" tdb2.tdbquery --loc "$WORK/yardstick" --results=TSV 'SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }' | tail -1), \
load path $(java -cp "$JAR" tdb2.tdbquery --loc "$WORK/store" --results=TSV 'SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER (!STRSTARTS(STR(?g), "https://w3id.org/policykg/graph/links/")) }' | tail -1) (file: $QUADCOUNT lines)"

LOAD=$(awk '$1 == "loading" {print $2}' "$WORK/load.log")
paste "$WORK/load.time" "$WORK/yardstick.time" | awk -v load="$LOAD" \
    '{printf "ratio: load path %.1f s / tdbloader %.1f s wall = %.2f; whole JVMs by wall %.2f, by CPU %.2f\n", load, $5, load / $5, $1 / $5, ($2 + $3) / ($6 + $7)}'

echo "== store size (du -sk, KB)"
BEFORE=$(du -sk "$WORK/store" | cut -f1)
YBEFORE=$(du -sk "$WORK/yardstick" | cut -f1)
java -Xmx4g -jar "$JAR" compact --store "$WORK/store" > /dev/null
java -Xmx4g -cp "$JAR" tdb2.tdbcompact --loc "$WORK/yardstick" --deleteOld > /dev/null 2>&1
AFTER=$(du -sk "$WORK/store" | cut -f1)
YAFTER=$(du -sk "$WORK/yardstick" | cut -f1)
echo "load path: $BEFORE before compaction, $AFTER after; tdbloader: $YBEFORE, $YAFTER after tdb2.tdbcompact"
awk -v a="$AFTER" -v y="$YBEFORE" 'BEGIN {printf "load path compacted / tdbloader fresh = %.2f\n", a / y}'
