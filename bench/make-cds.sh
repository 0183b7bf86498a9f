#!/usr/bin/env bash
# Makes the class-data-sharing archives the jar run uses (issue 15), each recorded with JDK 17's
# -XX:ArchiveClassesAtExit over a training run (org.overturn.Training):
#   target/overturn.jsa      the commands: a case list and both exports of a sample, in one process;
#   target/overturn-app.jsa  the app: its start to the Cases screen shown (headless with no display).
# Two, because this JDK rewrites a whole archive's pointers at every start: the commands' classes in the app's archive
# made the window slower, and the screens' made the commands slower. Then:
#
#   java -XX:SharedArchiveFile=target/overturn.jsa -jar target/overturn.jar COMMAND …
#   java -XX:SharedArchiveFile=target/overturn-app.jsa -jar target/overturn.jar      (the app)
#
# An archive only fits the JDK and the class path that made it, written the same way: this script names the jar as
# target/overturn.jar from the project's root, so run java from there with that path. A different JDK or path ignores it
# (-Xshare:auto) and starts as before. The Linux package makes its own at the installed path (installer/linux).
#
#   bench/make-cds.sh [JAVA] [JAR] [OUT-DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${1:-java}
JAR=${2:-target/overturn.jar}
OUT=${3:-target}
[ -f "$JAR" ] || { echo "build the jar first: mvn -B -DskipTests package" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SAMPLE=src/main/resources/org/overturn/samples/mh-iop-concurrent-erisa.json
"$JAVA" -jar "$JAR" --data-dir "$WORK/data" case import "$SAMPLE" >/dev/null
# The client compiler only, as the installed app runs. The app is trained headless, never on this screen, with a fresh
# preferences folder (Training's own) and no shared store from the environment.
train() { # kind archive [env options…]
  local kind=$1 archive=$2
  shift 2
  rm -f "$archive"
  env "$@" "$JAVA" -XX:ArchiveClassesAtExit="$archive" -XX:TieredStopAtLevel=1 -cp "$JAR" org.overturn.Training \
    "$kind" "$WORK/data" "$WORK" 2>&1 | grep -v '^\[' || true
  ls -l "$archive"
}
train commands "$OUT/overturn.jsa"
train app "$OUT/overturn-app.jsa" -u OVERTURN_STORE -u DISPLAY -u WAYLAND_DISPLAY
