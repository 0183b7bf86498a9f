#!/usr/bin/env bash
# Regenerates every raster icon from the master drawing overturn.svg:
#   icons/overturn-<size>.png                      16 … 1024 px
#   icons/overturn.ico                             Windows, 16–256 px in one file
#   icons/overturn.icns                            macOS, 16–1024 px in one file
#   src/main/resources/org/overturn/icons/overturn-<size>.png   the window icons the app loads
# The generated files are committed; run this after editing overturn.svg and commit the results.
#
# Needs Debian's librsvg2-bin (rsvg-convert) and icoutils (icotool), and python3 for make-icns.py:
#   apt-get install -y librsvg2-bin icoutils python3
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
master="$here/overturn.svg"
res="$root/src/main/resources/org/overturn/icons"

for tool in rsvg-convert icotool python3; do
  command -v "$tool" >/dev/null || {
    echo "build-icons.sh: $tool is missing (apt-get install -y librsvg2-bin icoutils python3)" >&2
    exit 1
  }
done

png() { echo "$here/overturn-$1.png"; }

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$master" --output "$(png "$size")"
done

# Windows: small sizes as classic BMP entries (every Windows version reads them), 128 and 256 as PNG entries.
icotool --create --output "$here/overturn.ico" \
  "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" \
  --raw="$(png 128)" --raw="$(png 256)"

# macOS: PNG entries in the ICNS container, as Apple's iconutil writes them. (Debian's png2icns would
# store the large sizes as JPEG 2000 and the small ones in the pre-2007 RLE format.)
python3 "$here/make-icns.py" "$here/overturn.icns" "$here"

# The app window's icons (Stage.getIcons()): JavaFX picks the best size for each place it shows one.
mkdir -p "$res"
for size in 16 32 64 128 256; do
  cp "$(png "$size")" "$res/overturn-$size.png"
done

echo "icons regenerated from $master"
