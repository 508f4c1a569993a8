#!/usr/bin/env bash
for s in 1000 2500; do OMP_NUM_THREADS=1 /tmp/s21/at.sh s2i-hand-plain $s /tmp/s19/runs/judges5; done
