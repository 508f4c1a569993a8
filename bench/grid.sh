#!/usr/bin/env bash
# A grid of real and generated images per instrument from an evaluated S2I run, for the README:
# one row per instrument, and for each of its first two held-out pairs the real frame followed
# by the generated samples (two noises) for the pair's sound.
#   bench/grid.sh RUN OUT.png
set -euo pipefail
run=${1:?usage: bench/grid.sh RUN OUT.png}
out=${2:?usage: bench/grid.sh RUN OUT.png}
eval_dir=$run/eval/images
[ -d "$eval_dir" ] || { echo "grid.sh: $eval_dir not found: run 'synesthesia evaluate' on $run first" >&2; exit 2; }
list=$(mktemp)
trap 'rm -f "$list"' EXIT
rows=0
for inst in vn va vc db fl ob cl bn sax tpt hn tbn tba; do
  d=$eval_dir/$inst
  [ -d "$d" ] || continue
  n=0
  for real in $(ls "$d" | grep '^real-' | head -2); do
    pair=${real#real-}; pair=${pair%.png}
    echo "file '$d/$real'" >> "$list"
    for z in 0 1; do echo "file '$d/generated-$pair-z$z.png'" >> "$list"; done
    n=$((n + 1))
  done
  [ $n -eq 2 ] || { echo "grid.sh: $d holds fewer than two examples" >&2; exit 2; }
  rows=$((rows + 1))
done
tmp="$out.partial.png"
ffmpeg -loglevel error -y -f concat -safe 0 -i "$list" -vf "tile=6x$rows:padding=2:color=white" -frames:v 1 "$tmp"
mv "$tmp" "$out"
echo "grid.sh: $rows instruments -> $out"
