#!/usr/bin/env bash
# Work-list benchmark (issue 6), against a PostgreSQL server: "Factures reçues" of a commune with 1,000,000 invoices,
# the first page and filtered pages requested over loopback by the signed-in recipient (server time: access check,
# query, counts, rendering). Target: p95 < 50 ms for the first page and a filtered page.
# Usage: bench/worklists.sh [INVOICES]   (default 1000000; BENCH_RUNS requests per page, default 400)
# Environment: BENCH_DB (default chorale_bench_worklists, dropped and created), and PG* as bench/common.sh says.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-chorale_bench_worklists}
source bench/common.sh

echo "== Work lists: $(nproc) cores, PostgreSQL $(psql -Atc 'SHOW server_version' -d "$DB")"
java -Xmx1g -Dbench.invoices="${1:-1000000}" -Dbench.runs="${BENCH_RUNS:-400}" \
	-cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
	org.chorale.invoice.WorkListBenchmark "${DS[@]}" --server.port=0 --logging.level.root=WARN \
	--chorale.system.demo-data=false --chorale.invoice.documents=target/bench-data/documents \
	| tee target/bench-worklists.out
