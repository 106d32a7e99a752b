#!/usr/bin/env bash
# Directory benchmarks (issue 4), against a PostgreSQL server:
#   1. first import of a generated directory of N structures (default 150,000, with about 1,000,000 services:
#      Chorus Pro's size) with a 512 MB heap: rows/s and peak RSS; no target in the issue, measured;
#   2. re-import of the same file (idempotent, every row unchanged): rows/s;
#   3. 100,000 routing decisions through Directory.route: p50 / p99; target p99 < 1 ms.
# Usage: bench/directory.sh [STRUCTURES]
# Environment: BENCH_DB (default chorale_bench_directory, dropped and created), and PG* as bench/common.sh says.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-150000}
DB=${BENCH_DB:-chorale_bench_directory}
source bench/common.sh

file=target/bench-data/directory-$N.zip
if [ ! -s "$file" ]; then
	echo "Generating a directory of $N structures in $file"
	LANG=en java -jar target/chorale.jar directory generate "$N" "$file" "${DS[@]}"
fi
ls -l "$file"

echo; echo "== First import (empty directory), -Xmx512m"
import "rows/s" directory import "$file"
first_rate=$rate; first_rss=$rss
echo; echo "== Re-import of the same file (every row unchanged), -Xmx512m"
import "rows/s" directory import "$file"
again_rate=$rate; again_rss=$rss

echo; echo "== Routing decisions"
latency org.chorale.directory.DirectoryRoutingBenchmark target/bench-routing.out

echo; echo "== Summary ($N structures, PostgreSQL $(psql -Atc 'SHOW server_version' -d "$DB"))"
printf '%-48s %12s  %-22s %s\n' "measure" "value" "target (issue 4)" "verdict"
printf '%-48s %12s  %-22s %s\n' "first import, structures + services (rows/s)" "$first_rate" "none (measured)" "-"
printf '%-48s %12s  %-22s %s\n' "first import, peak RSS (MB), heap -Xmx512m" "$((first_rss / 1024))" "none" "-"
printf '%-48s %12s  %-22s %s\n' "re-import, every row unchanged (rows/s)" "$again_rate" "none (measured)" "-"
printf '%-48s %12s  %-22s %s\n' "re-import, peak RSS (MB)" "$((again_rss / 1024))" "none" "-"
grep -E '^routing (p50|target)' target/bench-routing.out | sed 's/^/  /'
