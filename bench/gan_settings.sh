#!/usr/bin/env bash
# GAN step time of several settings of one build side by side, alternating, under the same load,
# one thread each: e.g. I2S at widths 8 and 16.
#   bench/gan_settings.sh "C H W" "SETTINGS" "SETTINGS" ... [ROUNDS=2 in the environment]
#   bench/gan_settings.sh "1 128 44" "gWidth=8 dWidth=8" "gWidth=16 dWidth=16"
# Prints, per setting and round, D step + G step seconds averaged over steps 13-20 of GanStepBench.
set -euo pipefail
cd "$(dirname "$0")/.."
shape=${1:?usage: bench/gan_settings.sh \"C H W\" \"SETTINGS\" ...}
shift
rounds=${ROUNDS:-2}
export OMP_NUM_THREADS=1
mvn -o -q -pl core test-compile
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
mvn -o -q -pl core dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null
for ((r = 1; r <= rounds; r++)); do
  for settings in "$@"; do
    # shellcheck disable=SC2086
    java -cp "core/target/classes:core/target/test-classes:$(cat "$cp")" org.synesthesia.gan.GanStepBench $shape 20 $settings 2>&1 \
      | grep '^step' | tail -8 \
      | awk -v what="round $r: $settings" '{d += $6; g += $8} END {printf "%s: D %.3f + G %.3f = %.3f s/step\n", what, d / NR, g / NR, (d + g) / NR}'
  done
done
