#!/usr/bin/env bash
# SIRENE register benchmarks (issue 2), against a PostgreSQL server:
#   1. first import of a generated register of N establishments (default 5,000,000) with a 512 MB heap:
#      rows/s and peak RSS; target >= 150,000 rows/s for the establishments file;
#   2. re-import of the same file (idempotent upsert, every row unchanged): rows/s, no target;
#   3. 100,000 random lookups by SIRET through SireneManagement: p50 / p99; target p99 < 1 ms.
# Usage: bench/sirene.sh [ESTABLISHMENTS]
# Environment: BENCH_DB (default chorale_bench, dropped and created), and PG* as bench/common.sh says.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5000000}
DB=${BENCH_DB:-chorale_bench}
source bench/common.sh

data=target/bench-data/$N
if [ ! -s "$data/StockEtablissement_utf8.csv" ]; then
	echo "Generating a register of $N establishments in $data"
	LANG=en java -jar target/chorale.jar sirene generate "$N" "$data" "${DS[@]}" >/dev/null
fi
ls -l "$data"

echo; echo "== First import (empty register), -Xmx512m"
import "^StockEtablissement" sirene import "$data/StockUniteLegale_utf8.csv" "$data/StockEtablissement_utf8.csv"
first_rate=$rate; first_rss=$rss
echo; echo "== Re-import of the establishments (every row unchanged), -Xmx512m"
import "^StockEtablissement" sirene import "$data/StockEtablissement_utf8.csv"
again_rate=$rate; again_rss=$rss

echo; echo "== Lookups by SIRET"
latency org.chorale.sirene.SireneLookupBenchmark target/bench-lookup.out

echo; echo "== Summary ($N establishments, PostgreSQL $(psql -Atc 'SHOW server_version' -d "$DB"))"
verdict() { if [ "$1" -ge "$2" ]; then echo PASS; else echo FAIL; fi; }
printf '%-48s %12s  %-22s %s\n' "measure" "value" "target (issue 2)" "verdict"
printf '%-48s %12s  %-22s %s\n' "first import, establishments (rows/s)" "$first_rate" ">= 150000" "$(verdict "$first_rate" 150000)"
printf '%-48s %12s  %-22s %s\n' "first import, peak RSS (MB), heap -Xmx512m" "$((first_rss / 1024))" "heap <= 512 MB" "PASS (-Xmx512m held)"
printf '%-48s %12s  %-22s %s\n' "re-import, establishments (rows/s)" "$again_rate" "none" "-"
printf '%-48s %12s  %-22s %s\n' "re-import, peak RSS (MB)" "$((again_rss / 1024))" "none" "-"
grep -E '^lookup (p50|target)' target/bench-lookup.out | sed 's/^/  /'
