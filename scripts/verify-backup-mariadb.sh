#!/usr/bin/env bash
# Proves a backup can be restored: backs up the database, restores it into a fresh database and
# compares, table by table, the row count and CHECKSUM TABLE. Exits non-zero on any difference.
#   scripts/verify-backup-mariadb.sh            (database from LEVIER_DB_URL, as the app)
set -euo pipefail
. "$(dirname "$0")/lib-mariadb.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy="${DB_NAME}_restore_check"
mariadb "${DB_ARGS[@]}" -e "DROP DATABASE IF EXISTS \`$copy\`"
"$(dirname "$0")/backup-mariadb.sh" "$work/backup.sql.gz"
"$(dirname "$0")/restore-mariadb.sh" "$work/backup.sql.gz" "$copy"

describe() { # table;rows;checksum for every base table of a database
  local db="$1"
  for t in $(mariadb "${DB_ARGS[@]}" -N -e "select table_name from information_schema.tables
      where table_schema = '$db' and table_type = 'BASE TABLE' order by table_name"); do
    rows=$(mariadb "${DB_ARGS[@]}" -N -e "select count(*) from \`$db\`.\`$t\`")
    sum=$(mariadb "${DB_ARGS[@]}" -N -e "checksum table \`$db\`.\`$t\`" | awk '{print $2}')
    echo "$t;$rows;$sum"
  done
  # sequences: the next value must survive the restore too, or new ids would collide
  for s in $(mariadb "${DB_ARGS[@]}" -N -e "select table_name from information_schema.tables
      where table_schema = '$db' and table_type = 'SEQUENCE' order by table_name"); do
    echo "$s;sequence;$(mariadb "${DB_ARGS[@]}" -N -e "select next_not_cached_value from \`$db\`.\`$s\`")"
  done
}
describe "$DB_NAME" > "$work/source.txt"
describe "$copy" > "$work/copy.txt"
printf '%-32s %10s %14s\n' table rows checksum
awk -F';' '{printf "%-32s %10s %14s\n", $1, $2, $3}' "$work/source.txt"
tables=$(grep -vc ';sequence;' "$work/source.txt"); total=$(awk -F';' '$2 != "sequence" {s+=$2} END {print s}' "$work/source.txt")
mariadb "${DB_ARGS[@]}" -e "DROP DATABASE \`$copy\`"
if diff -u "$work/source.txt" "$work/copy.txt"; then
  echo "backup verified: $tables tables, $total rows, identical row counts, checksums and sequence values after restore"
else
  echo "BACKUP VERIFICATION FAILED: the restored database differs (see above)" >&2
  exit 1
fi
