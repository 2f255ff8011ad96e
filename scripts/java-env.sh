# Sourced by ./swapledger, scripts/test.sh and .ci/run: exports JAVA_HOME for a JDK >= 21.
# Looks at JAVA_HOME, then java on PATH, then /usr/lib/jvm/*; says clearly when there is none.
swapledger_java_version() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}
swapledger_find_java() {
  local c v
  for c in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/*/bin/java; do
    [ -n "$c" ] && [ -x "$c" ] || continue
    v=$(swapledger_java_version "$c")
    case "$v" in ''|1.*) continue ;; esac
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null && [ -x "$(dirname "$c")/javac" ]; then echo "$c"; return 0; fi
  done
  return 1
}
if ! SWAPLEDGER_JAVA=$(swapledger_find_java); then
  echo "swapledger: needs a JDK 21 or newer (with javac); set JAVA_HOME to one. Looked in JAVA_HOME, PATH and /usr/lib/jvm." >&2
  return 1 2>/dev/null || exit 1
fi
JAVA_HOME=$(cd "$(dirname "$SWAPLEDGER_JAVA")/.." && pwd)
export JAVA_HOME
