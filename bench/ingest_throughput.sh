#!/bin/sh
# Ingest throughput against coding alone: `vigil code CORPUS > /dev/null` and `vigil ingest CORPUS` into a fresh store,
# three runs each, median documents per second of each and their ratio (the store must not be the bottleneck: the
# target is ingest >= 0.8 x code). Both times include loading the model and dictionaries.
#   bench/ingest_throughput.sh [build/vigil] [../shared/corpus/news/wire-1997-2006.jsonl.xz]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
vigil=${1:-$here/build/vigil}
corpus=${2:-$here/../shared/corpus/news/wire-1997-2006.jsonl.xz}
runs=3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
docs=$("$vigil" code "$corpus" --stats 2>&1 >/dev/null | sed -n 's/^documents \([0-9]*\),.*/\1/p')
now() { date +%s.%N; }
median() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }
: > "$tmp/code"
: > "$tmp/ingest"
i=0
while [ $i -lt $runs ]; do
  t0=$(now); "$vigil" code "$corpus" > /dev/null; t1=$(now)
  echo "$t0 $t1" | awk -v d="$docs" '{ printf "%.2f\n", d / ($2 - $1) }' >> "$tmp/code"
  rm -f "$tmp/v.db" "$tmp/v.db-wal" "$tmp/v.db-shm"
  t0=$(now); "$vigil" ingest "$corpus" --db "$tmp/v.db" 2> /dev/null; t1=$(now)
  echo "$t0 $t1" | awk -v d="$docs" '{ printf "%.2f\n", d / ($2 - $1) }' >> "$tmp/ingest"
  i=$((i + 1))
done
code=$(median < "$tmp/code")
ingest=$(median < "$tmp/ingest")
echo "documents: $docs"
echo "vigil code:   $(tr '\n' ' ' < "$tmp/code")docs/s, median $code"
echo "vigil ingest: $(tr '\n' ' ' < "$tmp/ingest")docs/s, median $ingest"
echo "$ingest $code" | awk '{ printf "ingest / code: %.2f\n", $1 / $2 }'
