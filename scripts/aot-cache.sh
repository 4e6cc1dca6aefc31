#!/usr/bin/env bash
# Prepares the production jar for a fast start on JDK 25 (Spring Boot's documented way, "AOT cache"):
# extracts it (an AOT cache needs plain jars on the class path, not a jar of jars), then runs it once
# as a training run that stops as soon as the Spring context is refreshed (-Dspring.context.exit=onRefresh)
# and writes the classes it loaded and linked to levier.aot. Start the application from the extracted
# directory with that cache (see the README, section Production):
#
#   scripts/aot-cache.sh [target/levier-0.1.0-SNAPSHOT.jar] [target/app]
#   java -XX:AOTCache=target/app/levier.aot -jar target/app/levier.jar
#
# The training run uses an in-memory H2 database and no demo data: it touches nothing of yours. Run it
# again after every build (a cache only fits the jars it was made from; the JVM ignores a stale one and
# says so with -Xlog:aot). On a JDK older than 25 it creates a CDS archive instead (-XX:ArchiveClassesAtExit).
set -euo pipefail
JAR=${1:-$(ls target/levier-*.jar | grep -v '\.original$' | head -1)}
DEST=${2:-target/app}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

rm -rf "$DEST"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DEST" >/dev/null
mv "$DEST/$(basename "$JAR")" "$DEST/levier.jar"

TRAINING_ARGS=(
  "--spring.datasource.url=jdbc:h2:mem:aot-training;MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH"
  --spring.datasource.username=sa --spring.datasource.password=
  --levier.demo.enabled=false --server.port=0
)
feature=$("$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -c AOTCacheOutput || true)
if [ "$feature" -gt 0 ]; then
  "$JAVA" -XX:AOTCacheOutput="$DEST/levier.aot" -Dspring.context.exit=onRefresh \
    -jar "$DEST/levier.jar" "${TRAINING_ARGS[@]}" >"$DEST/aot-training.log" 2>&1
  echo "AOT cache written: $DEST/levier.aot — start with: java -XX:AOTCache=$DEST/levier.aot -jar $DEST/levier.jar"
else
  "$JAVA" -XX:ArchiveClassesAtExit="$DEST/levier.jsa" -Dspring.context.exit=onRefresh \
    -jar "$DEST/levier.jar" "${TRAINING_ARGS[@]}" >"$DEST/aot-training.log" 2>&1
  echo "CDS archive written: $DEST/levier.jsa — start with: java -XX:SharedArchiveFile=$DEST/levier.jsa -jar $DEST/levier.jar"
fi
