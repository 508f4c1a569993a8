#!/usr/bin/env bash
# The paper's generators on the built-in benchmark, after bench/classifiers.sh has made the data,
# the encoders and the judges in OUT: S2I conditioned on each audio encoder (LMS, CQT, wave) and
# I2S conditioned on the image encoder, each evaluated by the judges on the held-out split, then
# one report over all of them.
#   bench/gans.sh [OUT] [STEPS]     (default: bench-out/paper; S2I at STEPS, default 2500, I2S at 1500)
# With XL=DIR (bench/classifiers.sh xlarge DIR run first), four more rows condition on the xlarge
# preset's CQT encoder and image judge, trained on four times the recordings. Rows made before a
# default changed pin the settings they were made with.
# Reruns resume unfinished runs and skip finished ones.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-bench-out/paper}
steps=${2:-2500}
s=./synesthesia
pairs=$out/pairs

gan() { # name, direction, encoder run (its encoding is the run's), steps, then any other train options
  local name=$1 direction=$2 encoder=$3 n=$4
  shift 4
  [[ $encoder = /* ]] || encoder=$out/$encoder
  # an evaluated run is done; any other is trained on from its checkpoint (release weights are
  # written at every checkpoint, so their presence does not mean the run finished)
  [ -f "$out/$name/metrics.json" ] && return
  $s train "$direction" --data "$pairs" --encoder "$encoder" \
    --out "$out/$name" --steps "$n" --resume "$@"
  /usr/bin/time -f "evaluate $name: wall %e s" $s evaluate "$out/$name" --data "$pairs" --judges "$out"
}
# the paper's comparison of encodings, at the widths of 8 and the concatenation the first table
# was made with (S2I's defaults are widths 16 and projection since the sixth session)
w8=(--set gWidth=8 --set dWidth=8 --set conditioning=concat)
# I2S's defaults until the ninth session (now those of S2I: widths 16, an EMA half-life of 20,000 pairs)
i2s8=(--set gWidth=8 --set dWidth=8 --set emaHalfLifePairs=10000)
# S2I's D width until the tenth session (32 since)
d16=(--set dWidth=16)
# S2I had no class head until the fourteenth session (classWeight 1 since)
c0=(--set classWeight=0)
# S2I released its EMA until the fifteenth session; since, the mean of the EMA's checkpoints from
# step 2,500 on (at 2,500 steps the same weights; the pin keeps the rows' configs resumable)
a0=(--set averageFrom=0)
gan s2i-lms s2i enc-lms "$steps" "${w8[@]}" "${c0[@]}" "${a0[@]}"
gan i2s-image i2s enc-image 1500 "${i2s8[@]}" --set conditioning=concat
# the class head's ablation: on for S2I (off by default), off for I2S (on by default)
gan s2i-lms-class s2i enc-lms "$steps" --set classWeight=1 "${w8[@]}" "${a0[@]}"
gan i2s-image-noclass i2s enc-image 1500 --set classWeight=0 "${i2s8[@]}" --set conditioning=concat
gan s2i-cqt s2i enc-cqt "$steps" "${w8[@]}" "${c0[@]}" "${a0[@]}"
gan s2i-wave s2i enc-wave "$steps" "${w8[@]}" "${c0[@]}" "${a0[@]}"
gan s2i-lms-pose s2i enc-lms-pose "$steps" "${w8[@]}" "${c0[@]}" "${a0[@]}"
# projection and width (sixth session): the best S2I so far is the last row, resumed to 5,000 steps
gan s2i-wave-proj s2i enc-wave "$steps" --set gWidth=8 --set dWidth=8 "${c0[@]}" "${a0[@]}"
gan s2i-wave-w16 s2i enc-wave "$steps" --set conditioning=concat "${d16[@]}" "${c0[@]}" "${a0[@]}"
gan s2i-wave-proj-w16 s2i enc-wave "$steps" "${d16[@]}" "${c0[@]}" "${a0[@]}"
gan i2s-image-proj i2s enc-image 1500 "${i2s8[@]}"
# seventh session: differentiable augmentation (off by default) in both directions, and the CQT
# encoder at S2I's defaults. BENCHMARKS' rows made before it had the EMA ramp-up of 0.05 (now
# 0.15) and S2I's half-life of 10,000 pairs (now 20,000), so reruns of the rows above differ there
gan s2i-wave-aug s2i enc-wave "$steps" --set augment=true "${d16[@]}" "${c0[@]}" "${a0[@]}"
gan i2s-image-proj-aug i2s enc-image 1500 --set augment=true "${i2s8[@]}"
gan s2i-cqt-w16 s2i enc-cqt "$steps" "${d16[@]}" "${c0[@]}" "${a0[@]}"
# eleventh and twelfth sessions: pose-oriented S2I. The keep-pose CQT encoder hears the hand; then
# 2,000 more steps from that run, with the pose guide (a drawn-pose regressor apart from the judge)
# and without it, side by side (BENCHMARKS' plain row stopped at 1,000)
# (enc-cqt-pose is the thirteenth session's encoder since then: heads weighed 30 times, 40 epochs,
# width 16; those sessions' rows were made on the 15-epoch one). The continuation's guide is at full
# weight from its first step, as it was then (a guided run warms up over 1,000 steps by default)
gan s2i-cqtpose s2i enc-cqt-pose "$steps" "${c0[@]}" "${a0[@]}"
gan s2i-cqtpose-guided s2i enc-cqt-pose 2000 --from "$out/s2i-cqtpose" --pose-guide "$out/guide-pose" --set poseWarmupSteps=0 "${c0[@]}" "${a0[@]}"
gan s2i-cqtpose-plain s2i enc-cqt-pose 2000 --from "$out/s2i-cqtpose" "${c0[@]}" "${a0[@]}"
# thirteenth session: guided from the first step, its weight warmed up over 1,000 steps (the default)
gan s2i-cqtpose-guided-scratch s2i enc-cqt-pose "$steps" --pose-guide "$out/guide-pose" "${c0[@]}" "${a0[@]}"
# eighth session: the conditioning encoder bounds the generator (evaluate's condition_accuracy),
# so the same generators conditioned on networks trained on the xlarge preset's recordings
xlruns=()
if [ -n "${XL:-}" ]; then
  xl=$(realpath "$XL")
  xlruns=("$out/s2i-cqt-xl" "$out/i2s-image-xl" "$out/i2s-image-xl-d16" "$out/i2s-image-xl-bands" "$out/i2s-image-xl-w16" "$out/s2i-cqt-xl-d32" "$out/s2i-cqt-xl-class" "$out/s2i-cqt-xl-avg")
  gan s2i-cqt-xl s2i "$xl/enc-cqt" 4250 "${d16[@]}" "${c0[@]}" "${a0[@]}"
  gan i2s-image-xl i2s "$xl/judge-image" 1500 "${i2s8[@]}"
  # ninth session: D 16 wide, D's row path (bands), and I2S at its new defaults (widths 16, the long EMA)
  gan i2s-image-xl-d16 i2s "$xl/judge-image" 1500 --set gWidth=8 --set dWidth=16 --set emaHalfLifePairs=10000
  gan i2s-image-xl-bands i2s "$xl/judge-image" 1500 "${i2s8[@]}" --set bands=true
  gan i2s-image-xl-w16 i2s "$xl/judge-image" 1500
  # tenth session: S2I with D 32 wide (its default since)
  gan s2i-cqt-xl-d32 s2i "$xl/enc-cqt" 4250 "${c0[@]}" "${a0[@]}"
  # fourteenth session: the same with D's class head (S2I's default since)
  gan s2i-cqt-xl-class s2i "$xl/enc-cqt" 4250 "${a0[@]}"
  # fifteenth session: S2I's defaults since, releasing the mean of the EMA at its checkpoints from 2,500 on
  gan s2i-cqt-xl-avg s2i "$xl/enc-cqt" 4250
  # seventeenth session: that run's release chosen among the weights its checkpoints keep (the mean
  # and the EMA at each averaged checkpoint; a run trained before then keeps only the last EMA) on
  # 1,024 of its training conditions, by the image judge that evaluates it (another judge chooses
  # otherwise: BENCHMARKS.md), evaluated as a copy beside it
  if [ ! -f "$out/s2i-cqt-xl-chosen/metrics.json" ]; then
    rm -rf "$out/s2i-cqt-xl-chosen"
    cp -r "$out/s2i-cqt-xl-avg" "$out/s2i-cqt-xl-chosen"
    rm -f "$out/s2i-cqt-xl-chosen/metrics.json"
    $s choose "$out/s2i-cqt-xl-chosen" --judges "$out"
    $s evaluate "$out/s2i-cqt-xl-chosen" --data "$pairs" --judges "$out"
  fi
  xlruns+=("$out/s2i-cqt-xl-chosen")
fi

$s report "$out/judge-image" "$out/judge-audio" "$out/s2i-lms" "$out/s2i-lms-class" "$out/s2i-cqt" "$out/s2i-wave" \
  "$out/s2i-lms-pose" "$out/s2i-wave-proj" "$out/s2i-wave-w16" "$out/s2i-wave-proj-w16" \
  "$out/i2s-image" "$out/i2s-image-noclass" "$out/i2s-image-proj" \
  "$out/s2i-wave-aug" "$out/i2s-image-proj-aug" "$out/s2i-cqt-w16" \
  "$out/s2i-cqtpose" "$out/s2i-cqtpose-guided" "$out/s2i-cqtpose-plain" "$out/s2i-cqtpose-guided-scratch" "${xlruns[@]}" --out "$out/report"
