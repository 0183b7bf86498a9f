#!/usr/bin/env bash
# CI check for the packaging: builds the jlinked runtime and the jpackage app image, then runs the
# packaged launcher with no JDK on its PATH and checks that
#   1. `--version` prints "Overturn <version>",
#   2. a command that opens the database works, and the dynamic loader shows SQLite's native library
#      coming from the image (lib/app/native), not from a copy extracted into a temp folder,
#   3. once the app has a `snapshot` command: it renders headless, and no JavaFX native cache
#      (~/.openjfx, under the passwd home) appears.
# The .deb is skipped by default: it adds 25-55 s on 2 cores and proves nothing the image doesn't.
# CI_DEB=1 builds it too.
#
# Run from anywhere:   bash installer/ci-check.sh
# Needs: a JDK 17 with jlink and jpackage (Debian's openjdk-17-jdk has both), Maven, unzip;
# for the .deb also fakeroot and dpkg-dev (binutils' objcopy is used by jlink's --strip-debug).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cd "$root"

fail() { echo "installer/ci-check.sh: FAILED: $*" >&2; exit 1; }

missing=()
command -v unzip >/dev/null || missing+=(unzip)
command -v objcopy >/dev/null || missing+=(binutils)
if [ "${CI_DEB:-0}" = 1 ]; then
  command -v fakeroot >/dev/null || missing+=(fakeroot)
  command -v dpkg-shlibdeps >/dev/null || missing+=(dpkg-dev)
fi
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[ci-check] installing ${missing[*]}"
    apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null \
      || fail "apt-get install ${missing[*]}"
  else
    fail "missing tools: ${missing[*]}"
  fi
fi
command -v jpackage >/dev/null || [ -x "${JAVA_HOME:-/nonexistent}/bin/jpackage" ] \
  || fail "jpackage not found: a full JDK 17+ is needed"

types="app-image"
[ "${CI_DEB:-0}" = 1 ] && types="app-image deb"

start=$(date +%s)
mvn -B -q -Pinstaller -DskipTests "-Dinstaller.types=$types" package \
  || fail "mvn -Pinstaller package (types: $types)"
echo "[ci-check] built $types in $(( $(date +%s) - start )) s"

launcher="$root/target/installer/Overturn/bin/Overturn"
[ -x "$launcher" ] || fail "no launcher at $launcher"
version="$(unzip -p target/overturn.jar META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: //p')"

# A clean environment: no JDK on the PATH, no JAVA_HOME, a throwaway home and data folder.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/bin" "$scratch/home"
run() {
  env -i PATH="$scratch/bin" HOME="$scratch/home" LANG=C.UTF-8 ${LD_DEBUG:+LD_DEBUG=$LD_DEBUG} "$launcher" "$@"
}

out="$(run --version 2>&1)" || fail "--version exited non-zero: $out"
echo "[ci-check] --version: $out"
[ "$(echo "$out" | tail -n 1)" = "Overturn $version" ] || fail "--version printed '$out', expected 'Overturn $version'"

out="$(LD_DEBUG=libs run --data-dir "$scratch/data" case list 2>&1)" || fail "case list exited non-zero: $out"
[ -f "$scratch/data/overturn.db" ] || fail "case list did not create the database: $(echo "$out" | grep -v ':	' | tail -5)"
sqlite_so="$(echo "$out" | sed -n 's/.*calling init: \(.*libsqlitejdbc\.so\)$/\1/p' | head -n 1)"
case "$sqlite_so" in
  "$root/target/installer/Overturn/lib/app/native/libsqlitejdbc.so")
    echo "[ci-check] case list on a new database: ok, SQLite native loaded from $sqlite_so" ;;
  "") fail "could not see libsqlitejdbc.so being loaded" ;;
  *) fail "SQLite native loaded from $sqlite_so, not from the image" ;;
esac

# JavaFX only starts for the window or `snapshot`; check the native cache when the app can render.
passwd_home="$(getent passwd "$(id -un)" | cut -d: -f6)"
if run --help 2>&1 | grep -qw snapshot; then
  had_cache=no; [ -e "$passwd_home/.openjfx" ] && had_cache=yes
  out="$(run --data-dir "$scratch/data" snapshot --out "$scratch/shots" 2>&1)" || fail "snapshot exited non-zero: $out"
  ls "$scratch/shots"/*.png >/dev/null 2>&1 || fail "snapshot wrote no PNG: $out"
  echo "[ci-check] snapshot from the app image: $(ls "$scratch/shots" | wc -l) file(s)"
  if [ "$had_cache" = no ] && [ -e "$passwd_home/.openjfx" ]; then
    fail "JavaFX created $passwd_home/.openjfx: its native libraries are missing from the runtime"
  fi
else
  echo "[ci-check] no snapshot command yet: JavaFX start not checked"
fi

du -sh target/installer/* | sed 's/^/[ci-check] size: /'
echo "[ci-check] installer check passed"
