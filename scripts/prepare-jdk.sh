#!/usr/bin/env bash
# Prepares what makes `wsjs` start fast; the bindings module's Maven build runs it after packaging
# (so `./build`, `./build verify` and the launcher's first-use build all do).
#
# 1. bindings/target/jdk: a copy of the JDK 25 made by jlink from its own run-time image, with every
#    module except the JDK's Graal compiler (jdk.graal.compiler*; and jlink and jpackage, which a copy
#    linked from a run-time image cannot hold). The JIT needs GraalJS's compiler module in that one's
#    place. On the stock JDK that takes --upgrade-module-path, and HotSpot then turns off class-data
#    sharing and the AOT cache ("CDS is disabled when the --upgrade-module-path option is
#    specified"). In this copy the compiler sits on the ordinary module path, and both work.
# 2. bindings/target/wsjs.aot: the JDK's AOT cache (JEP 483, 514, 515): the classes that one training
#    run (scripts/aot-training.js) loaded and linked, mapped ready into every later run.
#
# Measured on one core (hello world: connect, echo, close): 4.7 to 5.1 s on the stock JDK, 2.9 to
# 3.2 s with both; GraalJS's realm set-up falls from about 950 ms to about 290 ms.
#
# Each step may fail (a JDK whose jlink cannot link from its run-time image, no JDK 25 AOT support):
# the launcher then runs on the stock JDK as before, only slower to start; the reason is printed.
# WSJS_NO_PREPARE=1 skips this script (quicker builds while editing) and removes the AOT cache.
set -uo pipefail
cd "$(dirname "$0")/.."
TARGET=bindings/target
IMAGE=$TARGET/jdk
AOT=$TARGET/wsjs.aot
LOG=$TARGET/prepare-jdk.log
# This runs after runtime and bindings were packaged: the launcher's "sources changed?" check can rest.
touch "$TARGET/.wsjs-built"
# Without a new cache, the old one must go: the JVM checks the class path's jars by path only, so a
# rebuilt jar's changed classes were still served from the old cache (seen with a changed wsjs class).
[ "${WSJS_NO_PREPARE:-}" = 1 ] && { rm -f "$AOT"; echo "prepare-jdk: skipped (WSJS_NO_PREPARE=1; no AOT cache)"; exit 0; }
. scripts/find-jdk.sh

# The image depends only on the JDK: made again when it is missing or the JDK's release file changed.
if ! cmp -s "$WSJS_JAVA_HOME/release" "$IMAGE/.source-release" 2>/dev/null; then
  rm -rf "$IMAGE" "$IMAGE.tmp"
  modules=$("$WSJS_JAVA_HOME/bin/java" --list-modules | sed 's/@.*//' | grep -v -e '^jdk\.graal\.compiler' -e '^jdk\.jlink$' -e '^jdk\.jpackage$' | paste -sd, -)
  # --generate-cds-archive: the image's default CDS archive, for runs without the AOT cache.
  if "$WSJS_JAVA_HOME/bin/jlink" --add-modules "$modules" --generate-cds-archive --output "$IMAGE.tmp" >"$LOG" 2>&1; then
    cp "$WSJS_JAVA_HOME/release" "$IMAGE.tmp/.source-release"
    mv "$IMAGE.tmp" "$IMAGE"
    echo "prepare-jdk: made $IMAGE (the JDK without its own Graal compiler)"
  else
    rm -rf "$IMAGE.tmp"
    echo "prepare-jdk: jlink failed, wsjs will use the stock JDK and start slower:" >&2
    cat "$LOG" >&2
    exit 0
  fi
fi

# The AOT cache depends on the jars: made again on every build. The launcher uses the image and
# the cache when they exist (./wsjs); the training run must not find an old cache.
rm -f "$AOT"
if WSJS_NO_BUILD=1 WSJS_JAVA_OPTS="-XX:AOTCacheOutput=$AOT" ./wsjs --echo-server 0 scripts/aot-training.js >"$LOG" 2>&1 \
    && grep -q '^AOT training run:' "$LOG" && [ -f "$AOT" ]; then
  echo "prepare-jdk: made $AOT ($(($(stat -c %s "$AOT") / 1048576)) MiB)"
else
  rm -f "$AOT"
  echo "prepare-jdk: the AOT training run failed, wsjs will start without the AOT cache:" >&2
  tail -n 30 "$LOG" >&2
fi
exit 0
