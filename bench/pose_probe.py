#!/usr/bin/env python3
"""How readable the pose is from a pair store's pixels: for each bowed string and the trombone, a
ridge regression from the 64x64 RGB image (mean-pooled to 32x32) to the bow and hand parameters,
its strength chosen on a held-out quarter of the train split's pieces, refitted on the whole train
split and scored on the test split, beside predicting the train split's mean.

    bench/pose_probe.py PAIRS      (needs numpy: apt-get install python3-numpy)

Reads the store's files as PairStoreWriter writes them (images.u8, labels.bin, pairs.csv)."""
import csv
import sys

import numpy as np

store = sys.argv[1]
rows = list(csv.DictReader(open(store + "/pairs.csv")))
n = len(rows)
size = int(round((np.memmap(store + "/images.u8", dtype=np.uint8, mode="r").size / n / 3) ** 0.5))
images = np.memmap(store + "/images.u8", dtype=np.uint8, mode="r").reshape(n, size, size, 3)
x = images.reshape(n, size // 2, 2, size // 2, 2, 3).mean((2, 4)).reshape(n, -1) / 255.0
labels = np.fromfile(store + "/labels.bin", dtype=np.uint8).reshape(n, 24)
pose = labels[:, 4:20].copy().view("<f4").reshape(n, 4)
code = np.array([r["instrument"] for r in rows])
split = np.array([r["split"] for r in rows])
piece = np.array([r["piece"] for r in rows])


def fit(rows_x, rows_y, lam):
    mu = rows_x.mean(0)
    xc = rows_x - mu
    w = np.linalg.solve(xc.T @ xc + lam * np.eye(xc.shape[1]), xc.T @ (rows_y - rows_y.mean()))
    return lambda q: np.clip((q - mu) @ w + rows_y.mean(), 0, 1)


print("instrument parameter  ridge  mean  (test MAE)")
for inst, params in [("vn", [0, 1]), ("va", [0, 1]), ("vc", [0, 1]), ("db", [0, 1]), ("tbn", [1])]:
    train = (code == inst) & (split == "train")
    test = (code == inst) & (split == "test")
    pieces = np.unique(piece[train])
    held = np.isin(piece, pieces[np.random.default_rng(0).permutation(len(pieces))[: len(pieces) // 4]])
    for j in params:
        y = pose[:, j]
        best = min((np.abs(fit(x[train & ~held], y[train & ~held], lam)(x[train & held]) - y[train & held]).mean(), lam)
                   for lam in (0.1, 1, 10, 100, 1000))[1]
        ridge = np.abs(fit(x[train], y[train], best)(x[test]) - y[test]).mean()
        mean = np.abs(y[train].mean() - y[test]).mean()
        print(f"{inst:10s} {['bow', 'hand'][j]:9s} {ridge:6.3f} {mean:5.3f}  (ridge {best:g}, {test.sum()} test pairs)")
