#!/usr/bin/env bash
# Backs up Levier's MariaDB database to a compressed SQL file, consistently and without stopping the app
# (--single-transaction: one InnoDB snapshot, no table locks).
#   scripts/backup-mariadb.sh [FILE]          default FILE: levier-YYYYMMDD-HHMMSS.sql.gz
# Database from the environment, as for the app: LEVIER_DB_URL (jdbc:mariadb://HOST:PORT/NAME),
# LEVIER_DB_USER, LEVIER_DB_PASSWORD.
set -euo pipefail
. "$(dirname "$0")/lib-mariadb.sh"
file="${1:-levier-$(date +%Y%m%d-%H%M%S).sql.gz}"
mariadb-dump "${DB_ARGS[@]}" --single-transaction --quick --routines --triggers --hex-blob \
  --default-character-set=utf8mb4 "$DB_NAME" | gzip -c > "$file.part"
mv "$file.part" "$file"
echo "backup of $DB_NAME written to $file ($(du -h "$file" | cut -f1))"
