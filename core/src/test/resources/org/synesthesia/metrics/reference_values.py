"""Reference values for FrechetDistanceTest and KernelDistanceTest: pytorch-fid's and stylegan2-ada's formulas
over the deterministic features of Gaussians.referencePair(). Run: python3 reference_values.py"""
import numpy as np, scipy.linalg
n, d = 50, 5
i = np.arange(n)[:, None]; j = np.arange(d)[None, :]
x = (np.sin(i * 0.37 + j * 1.3) + 0.1 * j).astype(np.float32).astype(np.float64)
y = (np.cos(i * 0.11 + j * 0.7) * 1.5 + 0.05 * i / n).astype(np.float32).astype(np.float64)
# pytorch-fid's calculate_frechet_distance
mu1, mu2 = x.mean(0), y.mean(0)
s1, s2 = np.cov(x, rowvar=False), np.cov(y, rowvar=False)
covmean = scipy.linalg.sqrtm(s1.dot(s2))
covmean = covmean.real
fd = ((mu1 - mu2) ** 2).sum() + np.trace(s1) + np.trace(s2) - 2 * np.trace(covmean)
print("fd %.12f" % fd)
# stylegan2-ada KID over one subset of all rows
m = n
a = (x @ x.T / d + 1) ** 3 + (y @ y.T / d + 1) ** 3
b = (x @ y.T / d + 1) ** 3
t = (a.sum() - np.diag(a).sum()) / (m - 1) - b.sum() * 2 / m
print("kid %.12f" % (t / m))
