#!/usr/bin/env bash
# Directory benchmarks (issue 4), against a PostgreSQL server:
#   1. first import of a generated directory of N structures (default 150,000, with about 1,000,000 services:
#      Chorus Pro's size) with a 512 MB heap: rows/s and peak RSS; no target in the issue, measured;
#   2. re-import of the same file (idempotent, every row unchanged): rows/s;
#   3. 100,000 routing decisions through Directory.route: p50 / p99; target p99 < 1 ms.
# Usage: bench/directory.sh [STRUCTURES]
# Environment: BENCH_DB (default chorale_bench_directory, dropped and created), PGHOST (127.0.0.1), PGPORT (5432),
# PGUSER (postgres) for a server that trusts that user, as on the development machines.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-150000}
DB=${BENCH_DB:-chorale_bench_directory}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
command -v /usr/bin/time >/dev/null || { echo "bench needs GNU time: apt-get install time"; exit 2; }

mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
DS=(--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER")

file=target/bench-data/directory-$N.zip
mkdir -p target/bench-data
if [ ! -s "$file" ]; then
	echo "Generating a directory of $N structures in $file"
	LANG=en java -jar target/chorale.jar directory generate "$N" "$file" "${DS[@]}"
fi
ls -l "$file"

import() {
	LANG=en /usr/bin/time -v java -Xmx512m -jar target/chorale.jar directory import "$file" "${DS[@]}" \
		> target/bench-import.out 2> target/bench-import.err || { cat target/bench-import.err; exit 1; }
	cat target/bench-import.out
	rate=$(head -1 target/bench-import.out | sed -E 's/.*\(([0-9,]+) rows\/s\).*/\1/' | tr -d ,)
	rss=$(grep 'Maximum resident set size' target/bench-import.err | awk '{print $NF}')
}

echo; echo "== First import (empty directory), -Xmx512m"
import
first_rate=$rate; first_rss=$rss
echo; echo "== Re-import of the same file (every row unchanged), -Xmx512m"
import
again_rate=$rate; again_rss=$rss

echo; echo "== Routing decisions"
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
	org.chorale.directory.DirectoryRoutingBenchmark "${DS[@]}" --logging.level.root=WARN | tee target/bench-routing.out

echo; echo "== Summary ($N structures, PostgreSQL $(psql -Atc 'SHOW server_version' -d "$DB"))"
printf '%-48s %12s  %-22s %s\n' "measure" "value" "target (issue 4)" "verdict"
printf '%-48s %12s  %-22s %s\n' "first import, structures + services (rows/s)" "$first_rate" "none (measured)" "-"
printf '%-48s %12s  %-22s %s\n' "first import, peak RSS (MB), heap -Xmx512m" "$((first_rss / 1024))" "none" "-"
printf '%-48s %12s  %-22s %s\n' "re-import, every row unchanged (rows/s)" "$again_rate" "none (measured)" "-"
printf '%-48s %12s  %-22s %s\n' "re-import, peak RSS (MB)" "$((again_rss / 1024))" "none" "-"
grep -E '^routing (p50|target)' target/bench-routing.out | sed 's/^/  /'
