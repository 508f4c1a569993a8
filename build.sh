#!/usr/bin/env bash
# The two ways in: `./build.sh demo` builds everything and runs the main job on the embedded
# default; `./build.sh test` builds everything and runs the tests. Both install what is missing.
set -euo pipefail
cd "$(dirname "$0")"

# Debian packages the platform and its tests use, each checked by a file it installs.
declare -A NEEDS=(
  [fluid-soundfont-gm]=/usr/share/sounds/sf2/FluidR3_GM.sf2 # the training soundfont (FluidR3 GM; fluidsynth alone may bring TimGM6mb instead)
  [timgm6mb-soundfont]=/usr/share/sounds/sf2/TimGM6mb.sf2 # a soundfont training never sees
  [chromium]=/usr/bin/chromium                           # the rating app's browser test
  [chromium-driver]=/usr/bin/chromedriver                # drives that chromium
  [prometheus]=/usr/bin/prometheus                        # the real Prometheus the dashboard test queries
  [ffmpeg]=/usr/bin/ffmpeg                                # makes the mp3/ogg/m4a files the audio loader's tests read
)

install_missing() {
  local missing=()
  for pkg in "${!NEEDS[@]}"; do [ -e "${NEEDS[$pkg]}" ] || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "build.sh: installing ${missing[*]}" >&2
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

case "${1:-}" in
  demo)
    install_missing
    mvn -B -q package -DskipTests
    shift
    exec ./synesthesia local "$@"
    ;;
  test)
    install_missing
    shift
    exec mvn -B verify "$@"
    ;;
  *)
    echo "usage: ./build.sh demo | test" >&2
    exit 2
    ;;
esac
