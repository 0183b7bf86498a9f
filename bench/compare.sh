#!/usr/bin/env bash
# Times Overturn as whole processes, side by side with the tools a clinician would otherwise use, interleaved, and
# prints medians and ratios (issue 15). Not part of mvn test: timings belong to a quiet machine, not to a test.
#
#   bench/compare.sh [RUNS]          default 5 timed runs of each, after one untimed round
#
# Needs: mvn -B -DskipTests package test-compile (the jar, its lib/ and the test classes), /usr/bin/time, and for the
# window, a display or xvfb-run. Installs from Debian's packages when missing (as root): qpdf, and LibreOffice
# (libreoffice-writer-nogui) for the reference conversion; set NO_INSTALL=1 to skip what is missing instead.
#
# Rows (each a fresh process; a clinician's export is the first in its process):
#   packet   export packet of the ERISA sample with a 100-page enclosure (110 pages)
#   p2p      export p2p of the ERISA sample (one page)
#   list     case list (one case)
#   window   launch to the Cases screen shown (-Doverturn.startupProbe), against a bare JavaFX window
# each plain and tuned (the class-data-sharing archives, made fresh here by bench/make-cds.sh: the commands' for the
# commands and the app's for the window, as the installed launcher chooses; and the client compiler only), and the
# references:
# LibreOffice converting a six-page letter .docx to PDF; qpdf merging that letter's PDF with the 100 pages.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
JAR=target/overturn.jar
JSA=target/overturn.jsa
APP_JSA=target/overturn-app.jsa
[ -f "$JAR" ] && [ -d target/test-classes/org/overturn/bench ] \
  || { echo "build first: mvn -B -DskipTests package test-compile" >&2; exit 2; }

install() { # package, command
  command -v "$2" >/dev/null && return 0
  [ -n "${NO_INSTALL:-}" ] && return 1
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || return 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$1" >/dev/null 2>&1
}
install qpdf qpdf || echo "no qpdf: its reference row is left out" >&2
install libreoffice-writer-nogui soffice || echo "no LibreOffice: its reference row is left out" >&2

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
CP="target/test-classes:target/classes:$(ls target/lib/*.jar | tr '\n' ':')"
FXCP="target/test-classes:$(ls target/lib/javafx-*-*.jar | grep -E 'javafx-[a-z]+-[0-9.]+-[a-z0-9]+\.jar$' | tr '\n' ':')"
# "tuned": the class-data-sharing archive, and the client compiler only (-XX:TieredStopAtLevel=1; the installed app's
# launcher has it too): short runs spend less time compiling than they would gain from the optimizing compiler.
QUIET_CDS=(-XX:SharedArchiveFile="$JSA" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1)
QUIET_APP_CDS=(-XX:SharedArchiveFile="$APP_JSA" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -XX:TieredStopAtLevel=1)

echo "making the class-data-sharing archives for this jar…"
bash bench/make-cds.sh >/dev/null

DATA="$WORK/data"
java -jar "$JAR" --data-dir "$DATA" case import src/main/resources/org/overturn/samples/mh-iop-concurrent-erisa.json >/dev/null
java -cp "$CP" org.overturn.bench.AddEnclosure "$DATA" 1 100 >/dev/null

# The references' inputs: a six-page letter (.docx and .pdf) and the same 100 pages as a PDF.
for n in $(seq 1 200); do
  echo "Paragraph $n of a six-page appeal letter, long enough to wrap over a full line as a letter's paragraphs do."
done > "$WORK/letter.txt"
if command -v soffice >/dev/null; then
  soffice --headless --convert-to docx --outdir "$WORK" "$WORK/letter.txt" >/dev/null 2>&1
  soffice --headless --convert-to pdf --outdir "$WORK" "$WORK/letter.docx" >/dev/null 2>&1
fi
java -cp "$CP" org.overturn.bench.WritePages "$WORK/records.pdf" 100 >/dev/null

WINDOW=()
if [ -n "${DISPLAY:-}" ]; then WINDOW=(env)
elif command -v xvfb-run >/dev/null; then WINDOW=(xvfb-run -a)
fi

secs() { # command… ; wall seconds
  /usr/bin/time -f "%e" -o "$WORK/t" "$@" >/dev/null 2>&1 || true
  cat "$WORK/t"
}
shown() { # command… ; seconds from JVM start to the first screen, as the program reports it
  "$@" 2>/dev/null | sed -n 's/^STARTUP_MS \([0-9]*\)$/\1/p; s/^Bare window shown \([0-9]*\) ms.*/\1/p' \
    | awk '{printf "%.2f\n", $1 / 1000}'
}

declare -A T
add() { T[$1]+="$2 "; }
for ((i = 0; i <= RUNS; i++)); do
  r=()
  r+=(packet.plain "$(secs java -jar "$JAR" --data-dir "$DATA" export packet 1 --out "$WORK/packet.pdf")")
  r+=(packet.cds "$(secs java "${QUIET_CDS[@]}" -jar "$JAR" --data-dir "$DATA" export packet 1 --out "$WORK/packet.pdf")")
  r+=(p2p.plain "$(secs java -jar "$JAR" --data-dir "$DATA" export p2p 1 --out "$WORK/p2p.pdf")")
  r+=(p2p.cds "$(secs java "${QUIET_CDS[@]}" -jar "$JAR" --data-dir "$DATA" export p2p 1 --out "$WORK/p2p.pdf")")
  r+=(list.plain "$(secs java -jar "$JAR" --data-dir "$DATA" case list)")
  r+=(list.cds "$(secs java "${QUIET_CDS[@]}" -jar "$JAR" --data-dir "$DATA" case list)")
  r+=(version.plain "$(secs java -jar "$JAR" --version)")
  if [ "${#WINDOW[@]}" -gt 0 ]; then
    r+=(window.plain "$(shown "${WINDOW[@]}" java -Doverturn.startupProbe=true -jar "$JAR" --data-dir "$DATA")")
    r+=(window.cds "$(shown "${WINDOW[@]}" java "${QUIET_APP_CDS[@]}" -Doverturn.startupProbe=true -jar "$JAR" --data-dir "$DATA")")
    r+=(bare "$(shown "${WINDOW[@]}" java -cp "$FXCP" 'org.overturn.bench.BareWindow$Main')")
  fi
  if [ -f "$WORK/letter.docx" ]; then
    r+=(libreoffice "$(secs soffice --headless --convert-to pdf --outdir "$WORK/lo" "$WORK/letter.docx")")
  fi
  if command -v qpdf >/dev/null && [ -f "$WORK/letter.pdf" ]; then
    r+=(qpdf "$(secs qpdf --empty --pages "$WORK/letter.pdf" "$WORK/records.pdf" -- "$WORK/merged.pdf")")
  fi
  if [ "$i" -gt 0 ]; then   # round 0 warms the disk cache and is not counted
    for ((j = 0; j < ${#r[@]}; j += 2)); do add "${r[j]}" "${r[j+1]}"; done
  fi
done

median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "-";
  else if (NR % 2) print a[(NR+1)/2]; else printf "%.2f\n", (a[NR/2]+a[NR/2+1])/2}'; }
m() { echo "${T[$1]:-}" | median; }
ratio() { [ "$1" = "-" ] || [ "$2" = "-" ] && echo "-" || awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a/b}'; }

lo=$(m libreoffice); qp=$(m qpdf); bare=$(m bare)
echo
echo "$(nproc) cores; load average at the end $(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs, medians in seconds"
printf '%-8s %8s %8s  %-28s %8s\n' what plain tuned reference tuned/ref
printf '%-8s %8s %8s  %-28s %8s\n' packet "$(m packet.plain)" "$(m packet.cds)" "LibreOffice .docx->PDF $lo" "$(ratio "$(m packet.cds)" "$lo")"
printf '%-8s %8s %8s  %-28s %8s\n' p2p "$(m p2p.plain)" "$(m p2p.cds)" "LibreOffice .docx->PDF $lo" "$(ratio "$(m p2p.cds)" "$lo")"
printf '%-8s %8s %8s  %-28s %8s\n' list "$(m list.plain)" "$(m list.cds)" "--version $(m version.plain)" "-"
printf '%-8s %8s %8s  %-28s %8s\n' window "$(m window.plain)" "$(m window.cds)" "bare JavaFX window $bare" "$(ratio "$(m window.cds)" "$bare")"
echo "qpdf merging the letter and the 100 pages: $qp s (reference for the warm packet: PacketBenchmark)"
echo
echo "each run, in order (seconds):"
for k in packet.plain packet.cds p2p.plain p2p.cds list.plain list.cds version.plain window.plain window.cds bare \
  libreoffice qpdf; do
  [ -n "${T[$k]:-}" ] && printf '  %-14s %s\n' "$k" "${T[$k]}"
done
true
