# What the bench scripts share; sourced by them after they set DB. Environment: PGHOST (127.0.0.1), PGPORT (5432),
# PGUSER (postgres) for a server that trusts that user, as on the development machines.
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
command -v /usr/bin/time >/dev/null || { echo "bench needs GNU time: apt-get install time"; exit 2; }

mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
DS=(--spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" --spring.datasource.username="$PGUSER")
mkdir -p target/bench-data

# import LINE COMMAND ARGS...: runs `java -jar chorale.jar COMMAND ARGS...` with a 512 MB heap under GNU time,
# prints its output, and sets $rate to the rows/s of the first output line matching LINE and $rss to its peak RSS (KB).
import() {
	local line=$1
	shift
	LANG=en /usr/bin/time -v java -Xmx512m -jar target/chorale.jar "$@" "${DS[@]}" \
		> target/bench-import.out 2> target/bench-import.err || { cat target/bench-import.err; exit 1; }
	cat target/bench-import.out
	rate=$(grep -m1 -E "$line" target/bench-import.out | sed -E 's/.*\(([0-9,]+) rows\/s\).*/\1/' | tr -d ,)
	rss=$(grep 'Maximum resident set size' target/bench-import.err | awk '{print $NF}')
}

# latency CLASS OUT: runs a benchmark class of the test sources on the database, output also into OUT.
latency() {
	java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
		"$1" "${DS[@]}" --logging.level.root=WARN | tee "$2"
}
