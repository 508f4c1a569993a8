#!/bin/bash
# Steers the running local grid sweep from other processes (the CLI), as a researcher would.
cd "$(dirname "$0")/../.."
S="./synesthesia sweep"
T="--temporal 127.0.0.1:7438"
export SYNESTHESIA_JAVA_OPTS=-Xmx256m
until $S status $T enc-grid 2>/dev/null | grep -q "running: 2 of"; do sleep 2; done
echo "$(date +%T) before pause: $($S status $T enc-grid 2>/dev/null)"
$S pause $T enc-grid
echo "$(date +%T) paused: $($S status $T enc-grid 2>/dev/null)"
sleep 40
echo "$(date +%T) 40 s later: $($S status $T enc-grid 2>/dev/null)"
$S set-parallelism $T enc-grid 3
$S resume $T enc-grid
sleep 15
echo "$(date +%T) resumed with parallelism 3: $($S status $T enc-grid 2>/dev/null)"
