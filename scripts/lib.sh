# Shared by the scripts: repo paths and building the shaded jar when sources changed.
# shellcheck shell=bash
DAYBRIEF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DAYBRIEF_JAR="$DAYBRIEF_ROOT/pipeline/target/daybrief.jar"

# Builds the jar when it is missing or older than any source or pom; quiet unless it fails.
daybrief_build_jar() {
  local stale=""
  if [[ ! -f "$DAYBRIEF_JAR" ]]; then
    stale="missing"
  elif [[ -n "$(find "$DAYBRIEF_ROOT/pom.xml" "$DAYBRIEF_ROOT/transforms" "$DAYBRIEF_ROOT/pipeline/pom.xml" \
      "$DAYBRIEF_ROOT/pipeline/src" -newer "$DAYBRIEF_JAR" -type f -not -path '*/target/*' -print -quit)" ]]; then
    stale="older than its sources"
  fi
  if [[ -n "$stale" ]]; then
    echo "daybrief: building $DAYBRIEF_JAR ($stale) ..." >&2
    local log
    log="$(mktemp)"
    if ! (cd "$DAYBRIEF_ROOT" && mvn -B -ntp -DskipTests package >"$log" 2>&1); then
      tail -n 60 "$log" >&2
      echo "daybrief: build failed (full log: $log)" >&2
      return 1
    fi
    rm -f "$log"
  fi
}

# Without a UTF-8 locale (cron's environment has none) the JVM cannot name files whose names are
# not ASCII, and such files would be rejected as unreadable.
daybrief_utf8_locale() {
  case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
    *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
    *) export LC_ALL=C.UTF-8 ;;
  esac
}

# Flink's own launch scripts pass these on Java 17 so that its serializers can reach JDK internals.
DAYBRIEF_JAVA17_OPENS=(
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED
  --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
  --add-exports=java.base/sun.net.util=ALL-UNNAMED
  --add-exports=java.management/sun.management=ALL-UNNAMED
  --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
)

DAYBRIEF_EXTRACTION_JAR="$DAYBRIEF_ROOT/extraction/target/daybrief-extraction.jar"

# Builds the extractor's jar (the extraction module and what it needs, no runner) when it is
# missing or older than any source or pom; quiet unless it fails.
daybrief_build_extraction_jar() {
  local stale=""
  if [[ ! -f "$DAYBRIEF_EXTRACTION_JAR" ]]; then
    stale="missing"
  elif [[ -n "$(find "$DAYBRIEF_ROOT/pom.xml" "$DAYBRIEF_ROOT/transforms" "$DAYBRIEF_ROOT/extraction" \
      -newer "$DAYBRIEF_EXTRACTION_JAR" -type f -not -path '*/target/*' -print -quit)" ]]; then
    stale="older than its sources"
  fi
  if [[ -n "$stale" ]]; then
    echo "daybrief: building $DAYBRIEF_EXTRACTION_JAR ($stale) ..." >&2
    local log
    log="$(mktemp)"
    if ! (cd "$DAYBRIEF_ROOT" && mvn -B -ntp -DskipTests -pl extraction -am package >"$log" 2>&1); then
      tail -n 60 "$log" >&2
      echo "daybrief: build failed (full log: $log)" >&2
      return 1
    fi
    rm -f "$log"
  fi
}
