#!/usr/bin/env bash
# Trains every classifier of the encoders issue on one built-in dataset and judges the audio
# encoders on the same notes rendered with a soundfont that training never heard.
#   bench/classifiers.sh [PRESET] [OUT]     (default: small, bench-out/classifiers)
# Writes OUT/<run>/classifier.json per run and OUT/summary.txt; reruns resume unfinished runs.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-small}
out=${2:-bench-out/classifiers}
mkdir -p "$out"
s=./synesthesia
data=$out/urmp-fluid; pairs=$out/pairs-fluid
tdata=$out/urmp-timgm; tpairs=$out/pairs-timgm
[ -d "$data" ] && [ -f "$data/synth.json" ] && grep -q '"report" : {' "$data/synth.json" || $s data synth "$data" --preset "$preset" --seed 1
[ -d "$pairs" ] || $s data prepare urmp "$data" "$pairs"
[ -f "$tdata/synth.json" ] && grep -q '"report" : {' "$tdata/synth.json" || \
  $s data synth "$tdata" --preset "$preset" --seed 1 --soundfont /usr/share/sounds/sf2/TimGM6mb.sf2
[ -d "$tpairs" ] || $s data prepare urmp "$tdata" "$tpairs"

train() { # name, options...
  local name=$1; shift
  [ -f "$out/$name/classifier.json" ] || $s train classifier --data "$pairs" --out "$out/$name" "$@" | tee "$out/$name.txt"
}
train enc-lms   --modality audio --encoding lms
train enc-cqt   --modality audio --encoding cqt
train enc-wave  --modality audio --encoding wave
train enc-lms-pose --modality audio --encoding lms --keep-pose
train enc-image --modality image
train judge-audio --modality audio --encoding lms --role judge
train judge-image --modality image --role judge
train judge-pose  --modality image --role pose

{
  for r in enc-lms enc-cqt enc-wave enc-lms-pose enc-image judge-audio judge-image judge-pose; do
    echo "== $r"; cat "$out/$r.txt" 2>/dev/null || true
  done
  for r in enc-lms enc-cqt enc-wave enc-lms-pose judge-audio; do
    echo "== $r on TimGM6mb (never heard in training), test split"
    $s classify --model "$out/$r" --data "$tpairs" --split test
  done
} | tee "$out/summary.txt"
