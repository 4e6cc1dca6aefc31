#!/usr/bin/env bash
# Restores a backup made by backup-h2.sh into a new H2 database file (never over an existing one).
#   scripts/restore-h2.sh FILE [DB_PATH]    default DB_PATH ./data/levier
set -euo pipefail
. "$(dirname "$0")/lib-h2.sh"
file="$1"; db="${2:-./data/levier}"
if [ -e "$db.mv.db" ]; then
  echo "refusing to restore: $db.mv.db exists (move it away first)" >&2
  exit 2
fi
mkdir -p "$(dirname "$db")"
h2 RunScript -url "jdbc:h2:file:$db;MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH" -user sa -password "" \
  -script "$file" -options compression zip
echo "restored $file into $db"
