#!/usr/bin/env bash
# Deposit benchmark (issue 5), against a PostgreSQL server: sustained intake of the CEN EN 16931 example invoices,
# made routable to the demo directory, through the file channel's service (InvoiceManagement.deposit, what the
# upload page calls), beside the raw phive validation throughput of the same files on both cores, in the same run.
# Targets: Chorale's acknowledged-to-routed throughput >= 80 % of raw phive; acknowledgement p99 < 50 ms under load.
# Usage: bench/deposit.sh   (BENCH_SECONDS measured in all, in three rounds, default 30; BENCH_WARMUP seconds, default 60)
# The JVM runs as the README advises for nodes that take deposits (BENCH_JVM, default -XX:G1HeapRegionSize=32m:
# objects of half a region or more are "humongous" and may start a concurrent collection; with 1 MB regions that
# halved raw phive's own throughput, with 16 MB ones Saxon's 8 MB text buffer for the 3 MB example still did).
# Environment: BENCH_DB (default chorale_bench_deposit, dropped and created), and PG* as bench/common.sh says.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-chorale_bench_deposit}
source bench/common.sh

echo "== Deposits: $(nproc) cores, PostgreSQL $(psql -Atc 'SHOW server_version' -d "$DB")"
java -Xmx1g ${BENCH_JVM:--XX:G1HeapRegionSize=32m} -Dbench.seconds="${BENCH_SECONDS:-30}" -Dbench.warmUp="${BENCH_WARMUP:-60}" \
	-cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
	org.chorale.invoice.DepositBenchmark "${DS[@]}" --logging.level.root=WARN --chorale.system.demo-data=false \
	--chorale.invoice.documents=target/bench-data/documents ${BENCH_ARGS:-} | tee target/bench-deposit.out
