#!/usr/bin/env bash
# Makes the class-data-sharing archive the jar run uses (issue 15): one training run of each thing a clinician
# starts with (a case list, both exports of a sample, and the Cases window shown and closed), recorded with JDK 17's
# -XX:ArchiveClassesAtExit into target/overturn.jsa. Then:
#
#   java -XX:SharedArchiveFile=target/overturn.jsa -jar target/overturn.jar …
#
# An archive only fits the JDK that made it; a different JDK ignores it (-Xshare:auto) and starts as before. The
# installer makes its own with the runtime it bundles (installer/build-installer.sh).
#
#   bench/make-cds.sh [JAVA] [JAR] [OUT]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${1:-java}
JAR=${2:-target/overturn.jar}
OUT=${3:-target/overturn.jsa}
[ -f "$JAR" ] || { echo "build the jar first: mvn -B -DskipTests package" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SAMPLE=src/main/resources/org/overturn/samples/mh-iop-concurrent-erisa.json
"$JAVA" -jar "$JAR" --data-dir "$WORK/data" case import "$SAMPLE" >/dev/null
# One process runs every training step, so one archive holds the classes of them all.
"$JAVA" -XX:ArchiveClassesAtExit="$OUT" -Doverturn.training=true -cp "$JAR" org.overturn.cli.Training \
  "$WORK/data" "$WORK" 2>&1 | grep -v '^\[' || true
ls -l "$OUT"
