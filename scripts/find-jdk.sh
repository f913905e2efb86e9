# Sourced by ./wsjs and ./build: sets WSJS_JAVA_HOME to a JDK 25 or newer, or explains and exits.
# Order: $JAVA_HOME if suitable, then `java` on the PATH if 25+, then the machine's installed JDKs.

wsjs_java_feature() { # prints the feature release (17, 25, ...) of the java binary $1
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n1
}

wsjs_find_jdk() {
  local candidate v
  for candidate in ${JAVA_HOME:+"$JAVA_HOME"} \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
      /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    v=$(wsjs_java_feature "$candidate/bin/java")
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
