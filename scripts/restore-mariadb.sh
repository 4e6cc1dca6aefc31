#!/usr/bin/env bash
# Restores a backup made by backup-mariadb.sh into a database, which must be empty or absent
# (created utf8mb4). Never restores over a database that has tables: restore into a fresh one, check
# it (verify-backup-mariadb.sh does), then point LEVIER_DB_URL at it.
#   scripts/restore-mariadb.sh FILE TARGET_DB
set -euo pipefail
. "$(dirname "$0")/lib-mariadb.sh"
file="$1"; target="$2"
tables=$(mariadb "${DB_ARGS[@]}" -N -e "select count(*) from information_schema.tables where table_schema = '$target'")
if [ "$tables" != "0" ]; then
  echo "refusing to restore: database $target already has $tables tables" >&2
  exit 2
fi
mariadb "${DB_ARGS[@]}" -e "CREATE DATABASE IF NOT EXISTS \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gunzip -c "$file" | mariadb "${DB_ARGS[@]}" --default-character-set=utf8mb4 "$target"
echo "restored $file into $target"
