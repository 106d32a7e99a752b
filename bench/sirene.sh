#!/usr/bin/env bash
# SIRENE register benchmarks (issue 2), against a PostgreSQL server:
#   1. first import of a generated register of N establishments (default 5,000,000) with a 512 MB heap:
#      rows/s and peak RSS; target >= 150,000 rows/s for the establishments file;
#   2. re-import of the same file (idempotent upsert, every row unchanged): rows/s, no target;
#   3. 100,000 random lookups by SIRET through SireneManagement: p50 / p99; target p99 < 1 ms.
# Usage: bench/sirene.sh [ESTABLISHMENTS]
# Environment: BENCH_DB (default chorale_bench, dropped and created), PGHOST (127.0.0.1), PGPORT (5432),
# PGUSER (postgres) for a server that trusts that user, as on the development machines.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5000000}
DB=${BENCH_DB:-chorale_bench}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
command -v /usr/bin/time >/dev/null || { echo "bench needs GNU time: apt-get install time"; exit 2; }

mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
DS=(--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER")

data=target/bench-data/$N
if [ ! -s "$data/StockEtablissement_utf8.csv" ]; then
	echo "Generating a register of $N establishments in $data"
	LANG=en java -jar target/chorale.jar sirene generate "$N" "$data" "${DS[@]}" >/dev/null
fi
ls -l "$data"

import() {
	LANG=en /usr/bin/time -v java -Xmx512m -jar target/chorale.jar sirene import "$@" "${DS[@]}" \
		> target/bench-import.out 2> target/bench-import.err || { cat target/bench-import.err; exit 1; }
	cat target/bench-import.out
	rate=$(grep '^StockEtablissement' target/bench-import.out | sed -E 's/.*\(([0-9,]+) rows\/s\).*/\1/' | tr -d ,)
	rss=$(grep 'Maximum resident set size' target/bench-import.err | awk '{print $NF}')
}

echo; echo "== First import (empty register), -Xmx512m"
import "$data/StockUniteLegale_utf8.csv" "$data/StockEtablissement_utf8.csv"
first_rate=$rate; first_rss=$rss
echo; echo "== Re-import of the establishments (every row unchanged), -Xmx512m"
import "$data/StockEtablissement_utf8.csv"
again_rate=$rate; again_rss=$rss

echo; echo "== Lookups by SIRET"
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
	org.chorale.sirene.SireneLookupBenchmark "${DS[@]}" --logging.level.root=WARN | tee target/bench-lookup.out

echo; echo "== Summary ($N establishments, PostgreSQL $(psql -Atc 'SHOW server_version' -d "$DB"))"
verdict() { if [ "$1" -ge "$2" ]; then echo PASS; else echo FAIL; fi; }
printf '%-48s %12s  %-22s %s\n' "measure" "value" "target (issue 2)" "verdict"
printf '%-48s %12s  %-22s %s\n' "first import, establishments (rows/s)" "$first_rate" ">= 150000" "$(verdict "$first_rate" 150000)"
printf '%-48s %12s  %-22s %s\n' "first import, peak RSS (MB), heap -Xmx512m" "$((first_rss / 1024))" "heap <= 512 MB" "PASS (-Xmx512m held)"
printf '%-48s %12s  %-22s %s\n' "re-import, establishments (rows/s)" "$again_rate" "none" "-"
printf '%-48s %12s  %-22s %s\n' "re-import, peak RSS (MB)" "$((again_rss / 1024))" "none" "-"
grep -E '^lookup (p50|target)' target/bench-lookup.out | sed 's/^/  /'
