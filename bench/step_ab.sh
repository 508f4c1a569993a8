#!/usr/bin/env bash
# GAN step time of two builds side by side, alternating, under the same load: e.g. the commit
# before a speed change (checked out with 'git worktree add' and built with
# 'mvn -o -q -pl core test-compile') against the working tree.
#   bench/step_ab.sh BEFORE_TREE AFTER_TREE [ROUNDS]
# Prints, per build and GanStepBench setting, D step + G step seconds averaged over steps 13-20.
set -euo pipefail
before=${1:?usage: bench/step_ab.sh BEFORE_TREE AFTER_TREE [ROUNDS]}
after=${2:?usage: bench/step_ab.sh BEFORE_TREE AFTER_TREE [ROUNDS]}
rounds=${3:-2}
export OMP_NUM_THREADS=1
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
mvn -o -q -f "$after/pom.xml" -pl core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
bench() { # tree, GanStepBench arguments
  java -cp "$1/core/target/classes:$1/core/target/test-classes:$(cat "$cp")" org.synesthesia.gan.GanStepBench "${@:2}" 2>&1 \
    | grep '^step' | tail -8 \
    | awk -v what="$1 ${*:2}" '{d += $6; g += $8} END {printf "%s: D %.3f + G %.3f = %.3f s/step\n", what, d / NR, g / NR, (d + g) / NR}'
}
for ((r = 1; r <= rounds; r++)); do
  for args in "3 64 64 20 gWidth=8 dWidth=8" "1 128 44 20 gWidth=8 dWidth=8" "3 64 64 20 gWidth=16 dWidth=16"; do
    # shellcheck disable=SC2086
    bench "$before" $args
    # shellcheck disable=SC2086
    bench "$after" $args
  done
done
