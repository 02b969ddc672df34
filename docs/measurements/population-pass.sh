#!/usr/bin/env bash
# Measures the full-population edit pass on PostgreSQL: imports N synthetic claims (`codingaudit bench import`), then
# runs a yearly plan over them with one worker process, and again with two worker processes sharing the run, and
# checks that both runs stored the same frame, sample, findings and scores.
#
#   docs/measurements/population-pass.sh [CLAIMS] [THREADS_PER_WORKER] [YEAR]      (defaults: 1000000 1 2024)
#
# YEAR is the calendar year of the claims and the audited period. The shipped ICD-10-CM and MCE tables cover Oct 2023 -
# Sep 2024, so in 2024 three months of claims get no-edit-data findings for them, and in 2025 every claim does.
# Needs the PostgreSQL server binaries (initdb, pg_ctl; apt-get install postgresql) and root (they run as the postgres
# user). Builds the CLI in Release first. Everything lives in a temp folder that is removed afterwards except the logs.
set -euo pipefail
CLAIMS=${1:-1000000}
THREADS=${2:-1}
YEAR=${3:-2024}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
WORK=$(mktemp -d /tmp/population-pass.XXXX)
chmod 755 "$WORK"; mkdir "$WORK/pg"; chown postgres "$WORK/pg"
stop() {
  pkill -TERM -f "worker --name second-worker" 2>/dev/null || true
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg/data" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$WORK/pg" "$WORK/out"
  echo "logs in $WORK"
}
trap stop EXIT

dotnet build -c Release "$REPO/src/CodingAudit.Cli" -v quiet -nologo >/dev/null
runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 --no-locale >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w start \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $WORK/pg -c shared_buffers=512MB" >/dev/null
psql -h 127.0.0.1 -p "$PORT" -U postgres -qc "create database bench"
CS="Host=127.0.0.1;Port=$PORT;Username=postgres;Database=bench"
CLI="dotnet $REPO/src/CodingAudit.Cli/bin/Release/net10.0/codingaudit.dll"
export CODINGAUDIT_HOME=$REPO CODINGAUDIT_DB_PROVIDER=postgres CODINGAUDIT_DB="$CS" CODINGAUDIT_JOBS="$CS" \
  CODINGAUDIT_REPORTS="$WORK/out" CODINGAUDIT_KEYS="$WORK/keys"
load() { cut -d' ' -f1-3 /proc/loadavg; }
# CPU seconds the whole machine spent busy (every process, PostgreSQL included), from /proc/stat.
busy() { awk -v hz="$(getconf CLK_TCK)" '/^cpu /{ printf "%.0f", ($2 + $3 + $4 + $7 + $8) / hz }' /proc/stat; }

# bench import spreads its claims over YEAR with random codes; a yearly OIG discovery plan audits all of them.
for p in one two; do
  cat > "$WORK/yearly-$p.json" <<JSON
{ "id": "yearly-$p", "name": "Full-population pass measurement ($p)", "active": false,
  "scope": { "period": "year" }, "design": { "type": "oig-discovery", "count": 50, "spares": 5 },
  "accuracyTarget": 0.95, "seed": 20240101, "frameOrdering": "service-date-then-claim-id" }
JSON
done

echo "== import of $CLAIMS claims (load $(load))"
/usr/bin/time -f "import: %e s wall, %U+%S s CPU, %M KB peak" $CLI bench import --claims "$CLAIMS" --year "$YEAR" --provider postgres --connection "$CS" 2>&1 | tail -2
$CLI plan add "$WORK/yearly-one.json" "$WORK/yearly-two.json" >/dev/null

echo "== one worker process, $THREADS thread(s) (load $(load))"
before=$(busy)
/usr/bin/time -f "one worker: %e s wall, %U+%S s CPU, %M KB peak" \
  $CLI audit run --plan yearly-one --period "$YEAR" --workers "$THREADS" > "$WORK/one.log" 2>&1
tail -1 "$WORK/one.log"
echo "machine CPU during the run: $(( $(busy) - before )) s"

echo "== two worker processes, $THREADS thread(s) each (load $(load))"
setsid /usr/bin/time -f "second worker: %e s wall, %U+%S s CPU, %M KB peak" \
  $CLI worker --name second-worker --workers "$THREADS" > "$WORK/worker.log" 2>&1 &
sleep 5
before=$(busy)
/usr/bin/time -f "two workers (the audit run process): %e s wall, %U+%S s CPU, %M KB peak" \
  $CLI audit run --plan yearly-two --period "$YEAR" --workers "$THREADS" > "$WORK/two.log" 2>&1
tail -1 "$WORK/two.log"
echo "machine CPU during the run: $(( $(busy) - before )) s"
pkill -TERM -f "worker --name second-worker"; wait  # SIGINT is ignored by background jobs of a script
tail -2 "$WORK/worker.log"
echo "== after (load $(load))"

SQL="psql -h 127.0.0.1 -p $PORT -U postgres -d bench -At -F | -c"
echo "== stage durations (s): frame | population | sample | report"
$SQL "select plan_id, round(extract(epoch from (stage_timings::jsonb->'frame'->>'Duration')::interval)),
  round(extract(epoch from (stage_timings::jsonb->'population'->>'Duration')::interval)),
  round(extract(epoch from (stage_timings::jsonb->'sample'->>'Duration')::interval)),
  round(extract(epoch from (stage_timings::jsonb->'report'->>'Duration')::interval)) from audit_runs order by plan_id"
echo "== population findings, claims hit"
$SQL "select r.plan_id, count(*), count(distinct f.claim_id) from findings f join audit_runs r on r.id = f.run_id
  where f.pass = 'population' group by 1 order by 1"
echo "== population findings by kind (first run)"
$SQL "select kind, count(*), count(distinct claim_id) from findings where run_id = 1 and pass = 'population' group by 1 order by 2 desc"
echo "== jobs processed per worker server (both runs)"
$SQL "select split_part(data::jsonb->>'ServerId', ':', 1) || ':' || split_part(data::jsonb->>'ServerId', ':', 2), count(*)
  from hangfire.state where name = 'Processing' group by 1 order by 1"
echo "== the two runs agree (frame hash, sample, scores, findings)"
$SQL "select count(distinct frame_sha256) = 1 from audit_runs"
$SQL "select (select string_agg(claim_id || is_spare::text, ',' order by claim_id) from sample_items where run_id = 1)
  = (select string_agg(claim_id || is_spare::text, ',' order by claim_id) from sample_items where run_id = 2)"
$SQL "select count(distinct scores) = 1 from run_scores"
$SQL "select not exists (select claim_id, pass, kind, rule_id, line_number, code from findings where run_id = 1
  except select claim_id, pass, kind, rule_id, line_number, code from findings where run_id = 2)
  and not exists (select claim_id, pass, kind, rule_id, line_number, code from findings where run_id = 2
  except select claim_id, pass, kind, rule_id, line_number, code from findings where run_id = 1)"
