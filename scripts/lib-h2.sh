# Shared by the H2 scripts: runs H2's own tools from the application jar (no other download).
JAR="${LEVIER_JAR:-$(ls "$(dirname "$0")"/../target/levier-*.jar 2>/dev/null | grep -v original | head -1)}"
if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  echo "application jar not found: build it (./mvnw -Pproduction package) or set LEVIER_JAR" >&2
  exit 2
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
h2() { # h2 TOOL ARGS...: org.h2.tools.TOOL from the jar
  local tool="$1"; shift
  "$JAVA" -cp "$JAR" -Dloader.main="org.h2.tools.$tool" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}
