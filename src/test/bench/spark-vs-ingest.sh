#!/usr/bin/env bash
# Benchmark: `spark-extract --master local[2]` (+ `load`) against `ingest --threads 2` on the perf corpus
# (the ten dev texts four times; each copy gets one line of its own so that no two documents share a
# content hash and ingest skips none). Each command runs in its own JVM with the same heap, cold (models
# load in each), no annotation cache. Reports wall time, tokens/s (from each command's own summary line)
# and peak memory (the JVM's maximum resident set size, from /usr/bin/time).
# Usage: src/test/bench/spark-vs-ingest.sh [WORKDIR]   (NEWSKG_HEAP, default 6g)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
work="${1:-$(mktemp -d /tmp/newskg-bench.XXXXXX)}"
export NEWSKG_HEAP="${NEWSKG_HEAP:-6g}"
texts="$here/src/test/resources/dev-texts"
corpus="$work/corpus"
rm -rf "$corpus" "$work/ingest-store" "$work/spark-out" "$work/load-store"
mkdir -p "$corpus"
for copy in 1 2 3 4; do
  for f in "$texts"/dev-*.txt; do
    name="$(basename "$f" .txt)"
    { cat "$f"; printf '\n\nCopy %d of this article.\n' "$copy"; } > "$corpus/$name-copy$copy.txt"
  done
done
"$here/newskg" --version >/dev/null   # build first, outside the timings

measure() {   # label, command...
  local label="$1"; shift
  "$here/newskg" --version >/dev/null   # a source change since the last build rebuilds here, untimed
  /usr/bin/time -f "%e %M" -o "$work/$label.time" "$@" > "$work/$label.out" 2> "$work/$label.err"
  read -r secs kb < "$work/$label.time"
  printf '%-28s wall %7.1f s   peak RSS %5.2f GB   %s\n' "$label" "$secs" "$(echo "$kb/1048576" | bc -l)" \
    "$(tail -1 "$work/$label.out")"
}

echo "perf corpus: $(ls "$corpus" | wc -l) documents; heap $NEWSKG_HEAP; $(nproc) cores (shared: figures are contended)"
measure "ingest --threads 2" "$here/newskg" ingest -q --threads 2 --store "$work/ingest-store" "$corpus"
measure "spark-extract local[2]" "$here/newskg" spark-extract --master 'local[2]' --out "$work/spark-out" "$corpus"
measure "load (bulk, empty store)" "$here/newskg" load -q --store "$work/load-store" "$work/spark-out"
