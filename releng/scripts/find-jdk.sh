# Sourced by ./mvnw and ./fiscallens: exports JAVA_HOME as a JDK >= 21.
# Order: JAVA_HOME if new enough, else `java` on the PATH if new enough, else the newest JDK under /usr/lib/jvm.
FISCALLENS_MIN_JAVA=21

fiscallens_java_major() { # $1 = java binary; prints its feature version (e.g. 25), or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1
}

fiscallens_find_jdk() {
  local v d best="" bestv=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(fiscallens_java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge "$FISCALLENS_MIN_JAVA" ]; then export JAVA_HOME; return 0; fi
  fi
  if command -v java >/dev/null 2>&1; then
    v=$(fiscallens_java_major "$(command -v java)")
    if [ -n "$v" ] && [ "$v" -ge "$FISCALLENS_MIN_JAVA" ]; then
      JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; export JAVA_HOME; return 0
    fi
  fi
  for d in /usr/lib/jvm/*/; do
    [ -x "$d/bin/javac" ] || continue
    v=$(fiscallens_java_major "$d/bin/java"); [ -n "$v" ] || continue
    if [ "$v" -gt "$bestv" ]; then best="${d%/}"; bestv=$v; fi
  done
  if [ "$bestv" -lt "$FISCALLENS_MIN_JAVA" ]; then
    echo "fiscallens: no JDK >= $FISCALLENS_MIN_JAVA found (JAVA_HOME, java on PATH, /usr/lib/jvm); install one, e.g. apt-get install openjdk-21-jdk" >&2
    return 1
  fi
  JAVA_HOME="$best"; export JAVA_HOME
}
