#!/usr/bin/env bash
# Builds Overturn's runtime, app image and native installer from a finished `mvn package`
# (target/overturn.jar and its runtime dependencies in target/lib). Maven runs it in the
# `installer` profile:   mvn -B -Pinstaller -DskipTests package
# It can also be run by hand after `mvn package`:
#   bash installer/build-installer.sh [--version 0.1.0] [--java-home DIR] [--types "app-image deb"]
#
# Steps (see installer/README.md and ARCHITECTURE.md convention 10):
#   1. jlink a runtime of the JDK modules the app needs + the JavaFX modules (from the platform jars
#      in target/lib), and copy JavaFX's native libraries into it, so JavaFX never unpacks them into
#      ~/.openjfx at run time.
#   2. Stage the jpackage input: the app jar and every non-JavaFX runtime jar (the app runs on the
#      class path: PDFBox is an automatic module and cannot be jlinked), plus SQLite's native library
#      for this OS in native/, loaded from there instead of a temp folder.
#   3. jpackage an app image (target/installer/Overturn), then the OS package from that image:
#      .deb on Linux, .msi on Windows (needs WiX 3), .dmg on macOS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
target="$root/target"

version=""
java_home="${JAVA_HOME:-}"
types="auto"
while [ $# -gt 0 ]; do
  case "$1" in
    --version) version="$2"; shift 2 ;;
    --java-home) java_home="$2"; shift 2 ;;
    --types) types="$2"; shift 2 ;;
    *) echo "build-installer.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

fail() { echo "build-installer.sh: $*" >&2; exit 1; }
step() { echo "[installer] $*"; }

# Tools come from the JDK that built the jar (Maven passes its java.home), else JAVA_HOME, else PATH.
tool() {
  if [ -n "$java_home" ] && [ -x "$java_home/bin/$1" ]; then echo "$java_home/bin/$1"
  elif command -v "$1" >/dev/null; then command -v "$1"
  else fail "$1 not found: install a full JDK 17+ (jlink and jpackage come with it) or set JAVA_HOME"
  fi
}
JLINK="$(tool jlink)"
JPACKAGE="$(tool jpackage)"
JAVA="$(tool java)"

[ -f "$target/overturn.jar" ] || fail "target/overturn.jar is missing: run mvn package first"
[ -d "$target/lib" ] || fail "target/lib is missing: run mvn package first"
if [ -z "$version" ]; then
  version="$(unzip -p "$target/overturn.jar" META-INF/MANIFEST.MF | tr -d '\r' \
    | sed -n 's/^Implementation-Version: //p')"
fi
[ -n "$version" ] || fail "cannot tell the app version: pass --version"

# What this OS needs: the JavaFX jar classifier, where JavaFX's natives go in the runtime, sqlite-jdbc's
# folder for its native library, and the package type.
arch="$(uname -m)"
case "$(uname -s)" in
  Linux)
    os=linux; fx_natives="lib"; native_glob="*.so"; pkg_type=deb
    sqlite_arch=$([ "$arch" = aarch64 ] && echo aarch64 || echo x86_64)
    sqlite_native="org/sqlite/native/Linux/$sqlite_arch/libsqlitejdbc.so" ;;
  Darwin)
    os=macos; fx_natives="lib"; native_glob="*.dylib"; pkg_type=dmg
    sqlite_arch=$([ "$arch" = arm64 ] && echo aarch64 || echo x86_64)
    sqlite_native="org/sqlite/native/Mac/$sqlite_arch/libsqlitejdbc.dylib" ;;
  MINGW*|MSYS*|CYGWIN*)
    os=windows; fx_natives="bin"; native_glob="*.dll"; pkg_type=msi
    sqlite_native="org/sqlite/native/Windows/x86_64/sqlitejdbc.dll" ;;
  *) fail "unsupported OS $(uname -s)" ;;
esac
[ "$types" = auto ] && types="app-image $pkg_type"
types="${types//,/ }"

runtime="$target/runtime"
input="$target/jpackage-input"
dest="$target/installer"

# The JavaFX platform jars are the ones with a classifier (javafx-base-21.0.11-linux.jar). The jars
# without one are empty placeholders (module javafx.baseEmpty) and must not go anywhere.
fx_jars=()
for jar in "$target"/lib/javafx-*.jar; do
  case "$(basename "$jar")" in
    javafx-*-[0-9]*.[0-9]*.[0-9]*-*.jar) fx_jars+=("$jar") ;;
  esac
done
[ "${#fx_jars[@]}" -gt 0 ] || fail "no JavaFX platform jars (javafx-*-<os>.jar) in target/lib"
fx_graphics="$(printf '%s\n' "${fx_jars[@]}" | grep '/javafx-graphics-')"
fx_path="$(IFS=:; echo "${fx_jars[*]}")"
if [ "$os" = windows ]; then
  # jlink is a Windows program: give it C:\... paths joined with ';' (Git Bash only converts lone paths).
  win_jars=()
  for jar in "${fx_jars[@]}"; do win_jars+=("$(cygpath -w "$jar")"); done
  fx_path="$(IFS=';'; echo "${win_jars[*]}")"
fi

# 1. Runtime, with the class-data-sharing archive of its own classes (--generate-cds-archive) so the JVM maps them at
#    start instead of loading and verifying them. java.desktop: ImageIO for snapshots and PDFBox images; java.sql: JDBC; java.prefs:
#    window preferences; java.logging backs System.Logger; jdk.unsupported: JavaFX uses Unsafe;
#    jdk.localedata for en_* formats; jdk.zipfs to read packaged resources as a file system; java.naming and
#    java.security.jgss: the PostgreSQL driver of the shared store (its module dependencies, by jdeps); jdk.crypto.ec:
#    the elliptic-curve key exchange TLS needs to reach that server (without it the handshake fails; found running
#    store init from the app image against a server with a certificate).
modules="javafx.controls,javafx.fxml,java.desktop,java.sql,java.prefs,java.logging,java.xml"
modules="$modules,java.management,jdk.unsupported,jdk.localedata,jdk.zipfs,java.naming,java.security.jgss"
modules="$modules,jdk.crypto.ec"
java_feature="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
compress="--compress=2"
[ "${java_feature%%.*}" -ge 21 ] && compress="--compress=zip-6"

step "jlink runtime (JDK $java_feature + JavaFX) -> target/runtime"
rm -rf "$runtime"
"$JLINK" --module-path "$fx_path" --add-modules "$modules" \
  --include-locales=en --strip-debug --no-header-files --no-man-pages "$compress" \
  --generate-cds-archive --output "$runtime"
# The archive for heaps over 32 GB (uncompressed object pointers) is never used here: 11 MB less to ship.
rm -f "$runtime/lib/server/classes_nocoops.jsa"
# JavaFX jlinked from the Maven jars leaves its native libraries inside the jar, and would unpack them
# into ~/.openjfx/cache on first start. Put them where JavaFX looks first: the runtime's own lib (bin).
unzip -q -j -o "$fx_graphics" "$native_glob" -d "$runtime/$fx_natives"

# 2. jpackage input: flat folder, every jar in it goes on the class path.
step "stage app jar, libraries and the SQLite native library -> target/jpackage-input"
rm -rf "$input"
mkdir -p "$input/native"
cp "$target/overturn.jar" "$input/"
for jar in "$target"/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*) continue ;; esac
  cp "$jar" "$input/"
done
# Linux: a script that starts the bundled runtime directly, skipping the jpackage launcher's package queries.
# And the script that records the class-data-sharing archives at the installed path (the .deb's postinst runs it).
[ "$os" = linux ] && install -m 755 installer/linux/overturn installer/linux/make-archives "$input/"
sqlite_jar="$(ls "$input"/sqlite-jdbc-*.jar)"
unzip -q -j -o "$sqlite_jar" "$sqlite_native" -d "$input/native" \
  || fail "sqlite-jdbc has no native library at $sqlite_native"

# 3. App image, then the OS package made from it.
rm -rf "$dest"
mkdir -p "$dest"
cd "$root"
for type in $types; do
  case "$type" in
    app-image)
      step "jpackage app-image -> target/installer"
      "$JPACKAGE" --type app-image @installer/common.args @installer/app-image.args "@installer/$os/jpackage.args" \
        --app-version "$version" --input "$input" --runtime-image "$runtime" --dest "$dest" ;;
    deb|rpm|msi|exe|dmg|pkg)
      image="$dest/Overturn"; [ "$os" = macos ] && image="$dest/Overturn.app"
      [ -d "$image" ] || fail "build the app-image first (--types \"app-image $type\")"
      # jpackage looks for its resources by fixed names: the menu entry must be <launcher>.desktop.
      resources="$target/jpackage-resources"
      rm -rf "$resources"; mkdir -p "$resources"
      [ "$os" = linux ] && cp installer/linux/overturn.desktop "$resources/Overturn.desktop"
      # jpackage's maintainer scripts, plus making (and removing) the class-data-sharing archive at the installed path.
      [ "$os" = linux ] && cp installer/linux/postinst installer/linux/prerm "$resources/"
      step "jpackage $type -> target/installer"
      "$JPACKAGE" --type "$type" @installer/common.args "@installer/$os/$type.args" \
        --app-version "$version" --app-image "$image" --resource-dir "$resources" --dest "$dest" ;;
    *) fail "unknown package type $type" ;;
  esac
done

step "done:"
du -sh "$runtime" "$dest"/* | sed 's/^/[installer]   /'
