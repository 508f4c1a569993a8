#!/bin/bash
# Real processes: one local platform running a toy sweep; the CLI steers it from other processes.
# $1 = stop or cancel
cd "$(dirname "$0")/../.."
export OMP_NUM_THREADS=1
H=/tmp/sweepdata/local-$1; P=$([ "$1" = stop ] && echo 7441 || echo 7442); D=$([ "$1" = stop ] && echo 54441 || echo 54442)
rm -rf $H
SYNESTHESIA_JAVA_OPTS=-Xmx1g ./synesthesia sweep start --local --home $H --temporal-port $P --db-port $D --id toy-$1 docs/examples/sweep-toy.json > $H.log 2>&1 &
LOCAL=$!
S="./synesthesia sweep"; T="--temporal 127.0.0.1:$P"
export SYNESTHESIA_JAVA_OPTS=-Xmx256m
until $S status $T toy-$1 2>/dev/null | grep -q "running: [2-9] of"; do sleep 2; done
$S set-parallelism $T toy-$1 3
sleep 6
echo "$(date +%T) before $1: $($S status $T toy-$1 2>/dev/null)"
$S $1 $T toy-$1
echo "$(date +%T) after $1: $($S status $T toy-$1 2>/dev/null)"
wait $LOCAL; echo "local exit $?"
grep "^sweep " $H.log
