#!/usr/bin/env bash
# Draws the exports of a sample session as a person sees them: every map view as SVG turned into
# PNG (rsvg-convert, from Debian's librsvg2-bin), and the HTML report printed to an A4 PDF when a
# headless Chromium is there. Look at the files in OUT afterwards.
#
#   scripts/render-exports.sh [SAMPLE] [OUT]      (defaults: wijkaanpak, .build/exports)
set -euo pipefail
cd "$(dirname "$0")/.."
sample="${1:-wijkaanpak}"
out="${2:-.build/exports}"
mkdir -p "$out"
out=$(cd "$out" && pwd)

if ! command -v rsvg-convert >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq librsvg2-bin
fi
swift build --product regie >/dev/null
regie=.build/debug/regie
session="sample-data/$sample.json"

for view in network grid salience rings chain; do
    for kind in full public; do
        flag=()
        [ "$kind" = public ] && flag=(--public)
        svg="$out/$sample-$view-$kind.svg"
        "$regie" export "$session" --format svg --view "$view" "${flag[@]}" -o "$svg"
        rsvg-convert --background-color=white "$svg" -o "${svg%.svg}.png"
        echo "${svg%.svg}.png"
    done
done

"$regie" export "$session" --format html -o "$out/$sample.html"
"$regie" export "$session" --format html --public -o "$out/$sample-public.html"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$browser" ]; then
    for page in "$sample" "$sample-public"; do
        "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
            --print-to-pdf="$out/$page.pdf" "file://$out/$page.html" 2>/dev/null
        [ -s "$out/$page.pdf" ] && echo "$out/$page.pdf"
    done
else
    echo "no chromium: the HTML pages are in $out, not printed"
fi
