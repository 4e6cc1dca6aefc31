#!/usr/bin/env bash
# Starts two Levier nodes on one MariaDB database and one SMTP server (a local sink, scripts/smtp-sink.py),
# sends a newsletter campaign to every contact of the demo data while both nodes run (created on node A,
# sent from node B), lets the scheduled jobs fire every 5 seconds on both for a while, stops them, and
# shows that each recipient got exactly one message, and from the job journal that each job ran once per
# turn (never on both nodes at the same time), and on which node.
#   LEVIER_DB_URL=jdbc:mariadb://127.0.0.1:3306/levier_two_nodes scripts/two-nodes.sh [SECONDS]
# The database is emptied first. Needs the application jar (./mvnw package) and python3 (the sink).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib-mariadb.sh
JAR="${LEVIER_JAR:-$(ls target/levier-*.jar | grep -v original | head -1)}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
seconds="${1:-40}"
port_a="${PORT_A:-8201}"; port_b="${PORT_B:-8202}"; port_smtp="${PORT_SMTP:-8225}"
logs=$(mktemp -d)
python3 scripts/smtp-sink.py "$port_smtp" "$logs/delivered.tsv" &
pid_sink=$!
mariadb "${DB_ARGS[@]}" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

start() { # start NAME PORT
  SPRING_PROFILES_ACTIVE=mariadb LEVIER_NODE_NAME="$1" PORT="$2" LEVIER_DEMO=true \
    LEVIER_SMTP_HOST=127.0.0.1 LEVIER_SMTP_PORT="$port_smtp" LEVIER_MAIL_RATE="${LEVIER_MAIL_RATE:-50}" \
    LEVIER_UNSUBSCRIBE_SECRET="two-nodes-check-secret" LEVIER_PUBLIC_URL="http://127.0.0.1:$2" \
    "$JAVA" -Xmx512m -jar "$JAR" --vaadin.launch-browser=false \
    --levier.retention.cron='*/5 * * * * *' --levier.session.cleanup-cron='*/5 * * * * *' \
    > "$logs/$1.log" 2>&1 &
  echo $!
}
wait_ready() { # wait_ready PORT PID
  for _ in $(seq 1 "${LEVIER_START_TIMEOUT:-600}"); do
    if curl -fs "http://127.0.0.1:$1/actuator/health/readiness" > /dev/null; then return 0; fi
    kill -0 "$2" 2>/dev/null || { echo "node on port $1 died:" >&2; tail -40 "$logs"/*.log >&2; return 1; }
    sleep 1
  done
  echo "node on port $1 not ready in time" >&2; return 1
}
pid_a=$(start node-a "$port_a")
trap 'kill $pid_a ${pid_b:-} $pid_sink 2>/dev/null || true' EXIT
wait_ready "$port_a" "$pid_a"          # the first node migrates the schema and seeds the demo data
pid_b=$(start node-b "$port_b")
wait_ready "$port_b" "$pid_b"
echo "two nodes up (node-a :$port_a, node-b :$port_b) on $DB_NAME; jobs fire every 5 s on both for $seconds s"
mariadb "${DB_ARGS[@]}" "$DB_NAME" -e "delete from job_run"   # count only turns where both nodes run
started=$(date +%s)

# a campaign to every contact, written on node A and sent from node B: the dispatchers of both nodes poll
# the same outbox while it goes out
officer=(-fsS -u officer:levier-demo-2026 -H 'Content-Type: application/json' -H 'Accept: application/json')
campaign=$(curl "${officer[@]}" -X POST "http://127.0.0.1:$port_a/api/campaigns" \
  -d '{"subject":"Deux nœuds, un envoi","html":"<p>Bonjour {{prenom|Madame, Monsieur}},</p><p>Un seul message.</p>"}' \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
curl "${officer[@]}" -X POST "http://127.0.0.1:$port_b/api/campaigns/$campaign/send" > /dev/null
n=$(mariadb "${DB_ARGS[@]}" "$DB_NAME" -N -e "select count(*) from campaign_recipient where campaign_id = $campaign")
echo "campaign $campaign sent from node-b to $n recipients"
for _ in $(seq 1 "${LEVIER_SEND_TIMEOUT:-300}"); do
  status=$(mariadb "${DB_ARGS[@]}" "$DB_NAME" -N -e "select status from campaign where id = $campaign")
  [ "$status" = "SENT" ] && break
  sleep 1
done
left=$((seconds - ($(date +%s) - started)))
[ "$left" -gt 0 ] && sleep "$left"
kill "$pid_a" "$pid_b"; wait "$pid_a" "$pid_b" 2>/dev/null || true
kill "$pid_sink" 2>/dev/null || true

echo "campaign $campaign: status $status; recipients by status:"
mariadb "${DB_ARGS[@]}" "$DB_NAME" -t -e "select status, count(*) recipients from campaign_recipient
  where campaign_id = $campaign group by status"
mariadb "${DB_ARGS[@]}" "$DB_NAME" -N -e "select lower(email) from campaign_recipient where campaign_id = $campaign" \
  | sort > "$logs/expected.txt"
cut -f1 "$logs/delivered.tsv" | sort > "$logs/delivered.txt"
delivered=$(wc -l < "$logs/delivered.txt")
twice=$(uniq -d "$logs/delivered.txt" | wc -l)
echo "SMTP sink: $delivered message(s) delivered, $(sort -u "$logs/delivered.txt" | wc -l) distinct recipient(s)"
if [ "$n" -lt 2 ] || [ "$status" != "SENT" ]; then
  echo "TWO-NODE CHECK FAILED: the campaign to $n recipients ended $status" >&2; exit 1
fi
if [ "$twice" != "0" ]; then
  echo "TWO-NODE CHECK FAILED: $twice recipient(s) got the message more than once:" >&2
  uniq -d "$logs/delivered.txt" | head >&2; exit 1
fi
if ! diff -q "$logs/expected.txt" "$logs/delivered.txt" > /dev/null; then
  echo "TWO-NODE CHECK FAILED: the recipients delivered are not the campaign's:" >&2
  diff "$logs/expected.txt" "$logs/delivered.txt" | head >&2; exit 1
fi
echo "each of the $n recipients got exactly one message"

echo "runs per job and node:"
mariadb "${DB_ARGS[@]}" "$DB_NAME" -t -e "select job_name, node, count(*) runs from job_run group by job_name, node order by 1, 2"
# the newsletter dispatcher is a poller (every second, on whichever node holds its lock; the outbox rows are
# claimed atomically besides): it is checked for overlap below, the scheduled jobs for one run per turn
twice=$(mariadb "${DB_ARGS[@]}" "$DB_NAME" -N -e "select count(*) from (select job_name, floor(unix_timestamp(started_at) / 5) turn
  from job_run where job_name <> 'newsletter-dispatcher' group by job_name, turn having count(*) > 1) t")
overlap=$(mariadb "${DB_ARGS[@]}" "$DB_NAME" -N -e "select count(*) from job_run a join job_run b
  on a.job_name = 'newsletter-dispatcher' and b.job_name = a.job_name and a.node < b.node
  and a.started_at < coalesce(b.finished_at, now(6)) and b.started_at < coalesce(a.finished_at, now(6))")
turns=$(mariadb "${DB_ARGS[@]}" "$DB_NAME" -N -e "select count(*) from job_run")
if [ "$turns" -lt 4 ]; then
  echo "TWO-NODE CHECK FAILED: only $turns job runs journaled" >&2; exit 1
fi
if [ "$overlap" != "0" ]; then
  echo "TWO-NODE CHECK FAILED: the newsletter dispatcher ran on both nodes at once $overlap time(s)" >&2; exit 1
fi
if [ "$twice" != "0" ]; then
  echo "TWO-NODE CHECK FAILED: $twice turn(s) ran on both nodes" >&2; exit 1
fi
echo "two-node check passed: a campaign to $n recipients delivered once each; $turns job runs, each turn of each job ran on exactly one node"
