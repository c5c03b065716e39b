# Shared by the scripts: repo paths and building the shaded jar when sources changed.
# shellcheck shell=bash
DAYBRIEF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DAYBRIEF_JAR="$DAYBRIEF_ROOT/pipeline/target/daybrief.jar"

# Modules whose build outputs the scripts use: the job's shaded jar, and the tools' classes with
# their classpath (target/classpath.txt).
DAYBRIEF_MODULES=(transforms digest pipeline evaluation bench)

# Builds every module when the jar or a tool's classpath is missing, or older than any source or
# pom; quiet unless it fails.
daybrief_build_jar() {
  local stale="" module
  for module in pipeline/target/daybrief.jar digest/target/classpath.txt evaluation/target/classpath.txt \
      bench/target/classpath.txt; do
    [[ -f "$DAYBRIEF_ROOT/$module" ]] || stale="$module missing"
  done
  if [[ -z "$stale" ]]; then
    local sources=("$DAYBRIEF_ROOT/pom.xml")
    for module in "${DAYBRIEF_MODULES[@]}"; do
      sources+=("$DAYBRIEF_ROOT/$module/pom.xml" "$DAYBRIEF_ROOT/$module/src")
    done
    if [[ -n "$(find "${sources[@]}" -newer "$DAYBRIEF_JAR" -type f -print -quit)" ]]; then
      stale="older than its sources"
    fi
  fi
  if [[ -n "$stale" ]]; then
    echo "daybrief: building $DAYBRIEF_JAR and the tools ($stale) ..." >&2
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

# The classpath of a tool module (digest, evaluation, bench): its classes and its dependencies.
# Call daybrief_build_jar first.
daybrief_tool_classpath() {
  printf '%s:%s' "$DAYBRIEF_ROOT/$1/target/classes" "$(cat "$DAYBRIEF_ROOT/$1/target/classpath.txt")"
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
