#!/usr/bin/env bash
# API benchmark (issue 7), against a PostgreSQL server: soumettreFacture (SAISIE_API: Chorale checks the data and the
# directory's routing, deposits it and answers with the invoice's id and DEPOSEE, as Chorus Pro does; its workers then
# write the Factur-X, validate and route it) and rechercherFactureParFournisseur, each with 32 concurrent clients from
# wrk on loopback, as the demo supplier's technical user. Target: p99 < 100 ms. Beside the answers, the bench prints
# how fast the workers integrate invoices while the calls come; it then discards the deposits they have not reached
# beyond what the search needs (the calls come far faster than the PDF/A-3 writing behind them), waits for the rest
# and searches what was integrated.
# Usage: bench/api.sh   (BENCH_SECONDS per measured run, default 30; BENCH_CONNECTIONS, default 32; soumettreFacture
# is measured after BENCH_SOUMETTRE_WARMUP seconds of it, default 240: on two cores the JIT compilers take about four
# minutes of that load to settle, measured; the search after BENCH_WARMUP, default 60, over BENCH_SEARCH_INVOICES
# invoices, default 20,000)
# Needs wrk (apt-get install wrk) and curl. The server runs the packaged jar with demo data on the bench database,
# the README's JVM options, and the per-user rate limit lifted (it would answer 429 to one user's 32 clients).
# Environment: BENCH_DB (default chorale_bench_api, dropped and created), BENCH_PORT (18080), BENCH_JAR (another build
# to measure, an earlier one say, instead of target/chorale.jar), PG* as bench/common.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${BENCH_DB:-chorale_bench_api}
command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install wrk"; exit 2; }
source bench/common.sh
PORT=${BENCH_PORT:-18080}
SECONDS_RUN=${BENCH_SECONDS:-30}
WARMUP=${BENCH_WARMUP:-60}
SOUMETTRE_WARMUP=${BENCH_SOUMETTRE_WARMUP:-240}
SEARCH_INVOICES=${BENCH_SEARCH_INVOICES:-20000}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
BASE=http://127.0.0.1:$PORT

java -Xmx1g ${BENCH_JVM:--XX:G1HeapRegionSize=32m} -jar "${BENCH_JAR:-target/chorale.jar}" "${DS[@]}" --server.port="$PORT" \
	--chorale.system.demo-data=true --chorale.invoice.documents=target/bench-data/documents \
	--chorale.cpro.calls-per-second=1000000 --chorale.cpro.burst=1000000 --logging.level.root=WARN \
	> target/bench-api-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
	curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
	kill -0 $SERVER 2>/dev/null || { cat target/bench-api-server.log; exit 1; }
	sleep 1
done
BENCH_TOKEN=$(curl -fs -d grant_type=client_credentials -d client_id=chorale-demo -d client_secret=Secret-Demo-Api-2026 \
	"$BASE/api/oauth/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
BENCH_ACCOUNT=$(printf '%s' 'tech_fournisseur@demo.chorale.localhost:Tech-Papeterie-2026' | base64 -w0)
export BENCH_TOKEN BENCH_ACCOUNT

# run NAME SCRIPT SECONDS [CONNECTIONS]: wrk with its latency percentiles kept in target/.
run() {
	local connections=${4:-$CONNECTIONS}
	wrk -t$((connections < 2 ? 1 : 2)) -c"$connections" -d"$3"s --timeout 30s --latency -s "bench/$2" "$BASE" \
		> "target/bench-api-$1.out"
}
figures() {
	local out=target/bench-api-$1.out
	local rate p50 p99 errors
	rate=$(awk '/Requests\/sec/ {print $2}' "$out")
	p50=$(awk '$1 == "50%" {print $2}' "$out")
	p99=$(awk '$1 == "99%" {print $2}' "$out")
	errors=$(awk '/Non-2xx/ {print $NF}' "$out")
	local verdict
	verdict=$(awk -v p="$p99" 'BEGIN { v = p + 0; if (p ~ /us$/) v /= 1000; else if (p ~ /ms$/) v += 0; else if (p ~ /s$/) v *= 1000;
		print (v < 100) ? "met" : "NOT met" }')
	printf '%-32s %8s req/s   p50 %8s   p99 %8s   non-2xx %s   (target p99 < 100 ms: %s)\n' "$1" "$rate" "$p50" "$p99" \
		"${errors:-0}" "$verdict"
}

echo "== API: $(nproc) cores, PostgreSQL $(psql -Atc 'SHOW server_version' -d "$DB") (autovacuum $(psql -Atc 'SHOW autovacuum' -d "$DB")), $CONNECTIONS connections, wrk $(wrk -v 2>&1 | awk 'NR==1 {print $2}')"
# drain: waits for the workers to integrate every waiting invoice, then gathers the tables' statistics, as autovacuum
# does on a server left to its defaults after such growth (some development servers run without it: PostgreSQL then
# keeps the plans it chose while the tables were empty; measured, soumettreFacture's duplicate check walked all the
# supplier's invoices and the calls ran five times slower).
drain() {
	for _ in $(seq 1 1800); do
		[ "$(psql -Atc "select count(*) from deposit_file where state = 'EN_ATTENTE'" -d "$DB")" = 0 ] && break
		sleep 1
	done
	psql -qc "ANALYZE" -d "$DB"
}

# jit: CPU ticks the server's JIT compiler threads have used (on two cores they were still compiling, up to a whole
# core, minutes into the run: the figure says how settled the measured phase was).
jit() {
	local ticks=0 task
	for task in /proc/"$SERVER"/task/*; do
		case "$(cat "$task/comm" 2>/dev/null)" in
		C1\ Compiler* | C2\ Compiler*) ticks=$((ticks + $(sed 's/.*) //' "$task/stat" | awk '{print $12 + $13}'))) ;;
		esac
	done
	echo "$ticks"
}

# discard: deletes the deposits still waiting beyond what the search needs (BENCH_SEARCH_INVOICES in all, default
# 20,000): calls come far faster than the workers integrate (they write each invoice's PDF/A-3), and waiting for all
# the warm-up's would take the best part of an hour. Files a worker holds are left to it (SKIP LOCKED), so it never
# integrates an invoice whose deposit is gone.
discard() {
	local keep first
	keep=$((SEARCH_INVOICES - $(psql -Atc "select count(*) from invoice" -d "$DB")))
	first=$(psql -Atc "select deposit_id from deposit_file where state = 'EN_ATTENTE' order by deposit_id
		offset $((keep > 0 ? keep : 0)) limit 1" -d "$DB")
	[ -z "$first" ] && return
	for _ in $(seq 1 30); do
		psql -q -v ON_ERROR_STOP=1 -d "$DB" -c "with waiting as (select deposit_id from deposit_file
				where state = 'EN_ATTENTE' and deposit_id >= $first for update skip locked),
			findings as (delete from deposit_finding where deposit_id in (select deposit_id from waiting)),
			attachments as (delete from deposit_attachment where deposit_id in (select deposit_id from waiting)),
			files as (delete from deposit_file where deposit_id in (select deposit_id from waiting))
			delete from deposit where id in (select deposit_id from waiting)" 2> target/bench-api-discard.err && return
		sleep 1
	done
	cat target/bench-api-discard.err
	exit 1
}

# The measured phase follows the warm-up at once: the workers are integrating the warm-up's invoices behind the calls,
# as they would under a sustained load. Statistics are gathered a minute into the warm-up (see drain).
run soumettre-warmup-1 api-soumettre.lua 60
psql -qc "ANALYZE" -d "$DB"
run soumettre-warmup api-soumettre.lua $((SOUMETTRE_WARMUP > 60 ? SOUMETTRE_WARMUP - 60 : 1))
START=$(date +%s)
JIT_BEFORE=$(jit)
run soumettre api-soumettre.lua "$SECONDS_RUN"
END=$(date +%s)
awk -v t=$(($(jit) - JIT_BEFORE)) -v s="$SECONDS_RUN" -v hz="$(getconf CLK_TCK)" 'BEGIN {
	printf "%-32s %8.1f s of CPU in %d s (%.2f of a core)\n", "soumettre, JIT compilers", t / hz, s, t / hz / s }' \
	> target/bench-api-jit.out
psql -Atc "select count(*) from deposit_file where state = 'INTEGREE'
	and processed_at >= to_timestamp($START) and processed_at < to_timestamp($END)" \
	-d "$DB" | awk -v s=$((END - START)) '{ printf "%-32s %8d invoices integrated in the %d s of calls: %.1f invoices/s\n",
	"soumettre, integration behind", $1, s, $1 / s }' > target/bench-api-drain.out
discard
run soumettre-1-client api-soumettre.lua 10 1
drain
run rechercher-warmup api-rechercher.lua "$WARMUP"
run rechercher api-rechercher.lua "$SECONDS_RUN"
echo "supplier's invoices at the end: $(psql -Atc 'select count(*) from invoice' -d "$DB")"
figures soumettre | tee target/bench-api.out
cat target/bench-api-jit.out target/bench-api-drain.out | tee -a target/bench-api.out
figures soumettre-1-client | tee -a target/bench-api.out
figures rechercher | tee -a target/bench-api.out
