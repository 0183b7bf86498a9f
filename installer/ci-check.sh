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

# The class-data-sharing archives (issue 15), as the .deb's postinst makes them, on the image: each training run must
# succeed, and the direct start must name the commands' archive for a command and the app's for the app (headless
# here, closed by the start-up probe as soon as the Cases screen is shown).
app_dir="$root/target/installer/Overturn/lib/app"
if [ -x "$app_dir/make-archives" ]; then
  start=$(date +%s)
  env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 "$app_dir/make-archives" \
    || fail "make-archives on the app image"
  [ -s "$app_dir/overturn.jsa" ] && [ -s "$app_dir/overturn-app.jsa" ] || fail "make-archives made no archive"
  echo "[ci-check] archives made in $(( $(date +%s) - start )) s:" \
    "$(cd "$app_dir" && du -h overturn.jsa overturn-app.jsa | awk '{print $2 " " $1}' | paste -sd' ')"
  direct() { # class-load log, then arguments
    local log=$1; shift
    env -i PATH=/usr/bin:/bin HOME="$scratch/home" LANG=C.UTF-8 \
      JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$log -Djava.util.prefs.userRoot=$scratch/prefs $DIRECT_OPTS" \
      "$app_dir/overturn" "$@" 2>&1
  }
  DIRECT_OPTS="" direct "$scratch/cl-commands" --data-dir "$scratch/data" case list >/dev/null \
    || fail "case list through lib/app/overturn"
  grep -q '^\[.*org.overturn.cli.CaseCommand source: shared objects file (top)' "$scratch/cl-commands" \
    || fail "a command did not use the commands' archive (overturn.jsa)"
  out="$(DIRECT_OPTS="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Doverturn.startupProbe=true" \
    direct "$scratch/cl-app" --data-dir "$scratch/data")" || fail "the app's start through lib/app/overturn: $out"
  echo "$out" | grep -q '^STARTUP_MS ' || fail "the app's start did not show the Cases screen: $out"
  grep -q '^\[.*javafx.scene.control.TableView source: shared objects file (top)' "$scratch/cl-app" \
    || fail "the app's start did not use the app's archive (overturn-app.jsa)"
  # A start closed by the probe (the training's) reads nothing ahead: on a busy machine the read-ahead ran before it
  # left and put the first case's classes into the archive meant for the start.
  ! grep -q 'org.overturn.ui.main.FirstOpenClasses ' "$scratch/cl-app" \
    || fail "the start-up probe's start read ahead of the first case"
  echo "[ci-check] the direct start names the commands' archive for a command and the app's for the app: ok"
  rm -f "$app_dir/overturn.jsa" "$app_dir/overturn-app.jsa"
else
  echo "[ci-check] no make-archives in this image (not Linux): the archives are not checked"
fi

# The shared store over TLS from the image's own runtime (issue 18): a throwaway PostgreSQL server with a certificate
# for localhost signed by a CA made here, and `store init --ca-file` (verify-full). This is what found the runtime
# without the elliptic-curve module TLS needs; the tests run on the full JDK and cannot see that.
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] && command -v openssl >/dev/null; then
  pg="$(mktemp -d /tmp/overturn-ci-pg.XXXXXX)"; chmod 755 "$pg"
  as_pg=(); [ "$(id -u)" = 0 ] && as_pg=(runuser -u postgres --)
  pg_port=$(( 20000 + RANDOM % 20000 ))
  stop_pg() { "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg"; }
  trap 'stop_pg; rm -rf "$scratch"' EXIT
  echo 'ci-owner-pass-1' > "$pg/pw"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$pg"
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg/data" -U owner --auth=scram-sha-256 --pwfile="$pg/pw" -E UTF8 --no-locale \
    >/dev/null || fail "initdb for the shared-store check"
  ( cd "$pg" \
    && openssl req -new -x509 -days 2 -nodes -subj "/CN=CI CA" -keyout ca.key -out ca.crt \
    && openssl req -new -nodes -subj "/CN=localhost" -keyout server.key -out server.csr \
    && printf 'subjectAltName=DNS:localhost\n' > ext.cnf \
    && openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile ext.cnf \
         -out server.crt ) >/dev/null 2>&1 || fail "openssl for the shared-store check"
  cp "$pg/server.crt" "$pg/server.key" "$pg/data/"; chmod 600 "$pg/data/server.key"
  echo "ssl = on" >> "$pg/data/postgresql.conf"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$pg/data"
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -l "$pg/log" -w -t 60 \
    -o "-p $pg_port -k $pg -c listen_addresses=127.0.0.1" start >/dev/null || fail "pg_ctl start: $(cat "$pg/log")"
  cp "$pg/pw" "$scratch/pw"; chmod 600 "$scratch/pw"; cp "$pg/ca.crt" "$scratch/ca.crt"
  out="$(run store init --store "postgresql://owner@localhost:$pg_port/postgres" --password-file "$scratch/pw" \
    --ca-file "$scratch/ca.crt" 2>&1)" || fail "store init over TLS from the image: $out"
  echo "[ci-check] shared store over TLS (verify-full) from the image: ok"
  stop_pg
  trap 'rm -rf "$scratch"' EXIT
else
  echo "[ci-check] no PostgreSQL server programs or openssl here: the shared store over TLS is not checked"
fi

du -sh target/installer/* | sed 's/^/[ci-check] size: /'
echo "[ci-check] installer check passed"
