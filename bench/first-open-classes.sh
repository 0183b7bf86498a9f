#!/usr/bin/env bash
# Writes src/main/resources/org/overturn/ui/main/first-open.classes: the classes the first case opened loads that the
# app's class-data archive does not hold, which the app reads ahead once its window shows (FirstOpenClasses, issue 15).
# Recorded from a real first open (bench FirstOpen, headless, with the app's archive made fresh by bench/make-cds.sh):
# the classes loaded from the jars or the JDK between the open's start and its first layout, in that order, without
# the JVM's generated classes (lambdas, proxies, accessors) and without JavaFX's window-system and rendering classes,
# which differ by platform.
#
# Rerun it after changing the case's screens: FirstOpenClassesTest fails on a listed class that no longer exists, and
# a class the list lacks is only loaded when the case opens, as before. Not part of mvn test.
#
#   bench/first-open-classes.sh         needs: mvn -B -DskipTests package test-compile
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/overturn.jar ] && [ -f 'target/test-classes/org/overturn/bench/FirstOpen$Main.class' ] \
  || { echo "build first: mvn -B -DskipTests package test-compile" >&2; exit 2; }
OUT=src/main/resources/org/overturn/ui/main/first-open.classes
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

bash bench/make-cds.sh >/dev/null
java -jar target/overturn.jar --data-dir "$WORK/data" case import \
  src/main/resources/org/overturn/samples/mh-iop-concurrent-erisa.json >/dev/null
env -u DISPLAY -u WAYLAND_DISPLAY java -XX:SharedArchiveFile=target/overturn-app.jsa -Xshare:auto -Xlog:cds=off \
  -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1 -Xlog:class+load:file="$WORK/load.log" \
  -cp target/overturn.jar:target/test-classes 'org.overturn.bench.FirstOpen$Main' "$WORK/data" 1500 --record \
  | grep '^OPEN_MS'

{
  echo "# The classes the first case opened loads that the app's class-data archive does not hold, in the order it"
  echo "# loads them: read ahead once the window shows (FirstOpenClasses). Made by bench/first-open-classes.sh; do not"
  echo "# edit by hand."
  sed -n '/org\.overturn\.bench\.FirstOpen\$Opening /,/org\.overturn\.bench\.FirstOpen\$Opened /p' "$WORK/load.log" \
    | grep -E ' source: (file:|jrt:)' \
    | awk '{print $2}' \
    | grep -vE '\$\$Lambda|/0x|^jdk\.proxy|GeneratedConstructorAccessor|GeneratedMethodAccessor|^org\.overturn\.bench\.' \
    | grep -vE '^com\.sun\.(glass|prism)\.|^com\.sun\.javafx\.(tk|font)\.'
} > "$OUT.part"
mv "$OUT.part" "$OUT"
echo "$(grep -vc '^#' "$OUT") classes in $OUT"
