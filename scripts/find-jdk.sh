# Sourced by ./wsjs and ./build: sets WSJS_JAVA_HOME to a JDK 25 or newer, or explains and exits.
# Order: $JAVA_HOME if suitable, then `java` on the PATH if 25+, then the machine's installed JDKs.

wsjs_java_feature() { # prints the feature release (17, 25, ...) of the JDK in directory $1
  # The release file of a JDK (JAVA_VERSION="25.0.3") answers without starting a JVM, which took
  # 0.2 s per candidate and 0.5 s of every wsjs start on a machine whose default java is 17.
  local v
  v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n1)
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n1)
  echo "$v"
}

wsjs_find_jdk() {
  local candidate v
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    v=$(wsjs_java_feature "$candidate")
    if [ -n "$v" ] && [ "$v" -ge 25 ]; then
      WSJS_JAVA_HOME=$candidate
      return 0
    fi
  done
  echo "wsjs: no JDK 25 or newer found (looked at JAVA_HOME, java on the PATH, /usr/lib/jvm, /opt, ~/.sdkman, ~/.jdks)." >&2
  echo "wsjs: install one (for example Temurin 25) and set JAVA_HOME to it." >&2
  exit 2
}
wsjs_find_jdk
