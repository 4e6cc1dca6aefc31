# Shared by the MariaDB scripts: reads LEVIER_DB_URL / LEVIER_DB_USER / LEVIER_DB_PASSWORD like the app.
url="${LEVIER_DB_URL:-jdbc:mariadb://127.0.0.1:3306/levier}"
rest="${url#jdbc:mariadb://}"; hostport="${rest%%/*}"; DB_NAME="${rest#*/}"; DB_NAME="${DB_NAME%%\?*}"
DB_HOST="${hostport%%:*}"; DB_PORT="3306"; [ "$hostport" != "$DB_HOST" ] && DB_PORT="${hostport##*:}"
DB_ARGS=(-h "$DB_HOST" -P "$DB_PORT" -u "${LEVIER_DB_USER:-root}")
if [ -n "${LEVIER_DB_PASSWORD:-}" ]; then export MYSQL_PWD="$LEVIER_DB_PASSWORD"; fi
