#!/usr/bin/env bash
# Proves an H2 backup restores: backs up DB_PATH, restores into a fresh file, compares the row count of
# every table and a checksum of the whole content (both databases scripted to SQL). The app must be stopped.
#   scripts/verify-backup-h2.sh [DB_PATH]
set -euo pipefail
. "$(dirname "$0")/lib-h2.sh"
db="${1:-./data/levier}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$(dirname "$0")/backup-h2.sh" "$db" "$work/backup.zip"
"$(dirname "$0")/restore-h2.sh" "$work/backup.zip" "$work/copy/levier"

describe() { # table;rows for every table, then the checksum of the full SQL script
  local path="$1" out="$2"
  local url="jdbc:h2:file:$path;MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH"
  h2 Shell -url "$url" -user sa -password "" -sql "select table_name from information_schema.tables
    where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' order by table_name" \
    | tail -n +2 | grep -v '^(' | sed 's/ *$//' | grep -v '^$' > "$out.tables"
  : > "$out"
  sql=""
  while read -r t; do sql="$sql select '$t', count(*) from \"$t\" union all"; done < "$out.tables"
  h2 Shell -url "$url" -user sa -password "" -sql "${sql% union all}" \
    | tail -n +2 | grep -v '^(' | sed 's/ *| */;/; s/ *$//' >> "$out"
  h2 Script -url "$url" -user sa -password "" -script "$out.sql" > /dev/null
  # the SA user line carries a random salt: everything else must match byte for byte
  echo "content-sha256;$(grep -v -e '^-- ' -e '^CREATE USER ' "$out.sql" | sha256sum | cut -d' ' -f1)" >> "$out"
}
describe "$db" "$work/source.txt"
describe "$work/copy/levier" "$work/copy.txt"
cat "$work/source.txt"
if diff -u "$work/source.txt" "$work/copy.txt"; then
  echo "H2 backup verified: $(($(wc -l < "$work/source.txt") - 1)) tables, identical row counts and content checksum after restore"
else
  echo "H2 BACKUP VERIFICATION FAILED" >&2
  exit 1
fi
