#!/usr/bin/env bash
# Backs up the embedded H2 database (the zero-setup default) to a zipped SQL script.
# Stop the application first: the embedded database is opened by one process at a time.
#   scripts/backup-h2.sh [DB_PATH] [FILE]   default DB_PATH ./data/levier, FILE levier-h2-YYYYMMDD-HHMMSS.zip
set -euo pipefail
. "$(dirname "$0")/lib-h2.sh"
db="${1:-./data/levier}"; file="${2:-levier-h2-$(date +%Y%m%d-%H%M%S).zip}"
[ -f "$db.mv.db" ] || { echo "no H2 database at $db.mv.db" >&2; exit 2; }
h2 Script -url "jdbc:h2:file:$db;MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH" -user sa -password "" \
  -script "$file" -options compression zip
echo "backup of $db written to $file"
