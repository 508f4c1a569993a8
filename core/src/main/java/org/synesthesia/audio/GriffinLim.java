package org.synesthesia.audio;

import java.util.SplittableRandom;

/**
 * The way back from spectrograms to audio. An LMS is turned into mel power, the mel power into
 * linear power by non-negative least squares against the mel filterbank (accelerated projected
 * gradient), and the linear magnitudes into a waveform by fast Griffin-Lim (Perraudin et al. 2013,
 * momentum 0.99) from seeded random phases. The quality measure is {@link #spectralConvergence}.
 */
public final class GriffinLim {

    /** Momentum of fast Griffin-Lim; 0 gives the classic algorithm. */
    static final double MOMENTUM = 0.99;
    /** Projected-gradient steps for the mel-to-linear solve. */
    static final int NNLS_STEPS = 200;

    private GriffinLim() {}

    /** Audio of {@code (frames - 1) * hop} samples from an LMS in dB, {@code float[nMels][frames]}. */
    public static float[] invert(float[][] lmsDb, LmsConfig config, int iterations, long seed) {
        return invert(lmsDb, config, iterations, seed, (lmsDb[0].length - 1) * config.hop());
    }

    /** Audio of {@code length} samples from an LMS in dB, {@code float[nMels][frames]}. */
    public static float[] invert(float[][] lmsDb, LmsConfig config, int iterations, long seed, int length) {
        float[][] power = melToLinear(Decibels.toPower(lmsDb), config);
        float[][] magnitudes = new float[power.length][power[0].length];
        for (int t = 0; t < power.length; t++) {
            for (int k = 0; k < power[t].length; k++) magnitudes[t][k] = (float) Math.sqrt(power[t][k]);
        }
        return invertMagnitudes(magnitudes, config.nFft(), config.hop(), iterations, seed, length);
    }

    /**
     * Linear power {@code float[frames][nFft/2 + 1]} whose mel projection best matches
     * {@code melPower} ({@code float[nMels][frames]}) in least squares, subject to being non-negative.
     */
    public static float[][] melToLinear(float[][] melPower, LmsConfig config) {
        MelFilterbank fb = Lms.filterbank(config);
        int bands = fb.bands();
        int bins = config.nFft() / 2 + 1;
        int frames = melPower[0].length;
        double lipschitz = largestEigenvalue(fb, bins);
        float[][] out = new float[frames][];
        double[] x = new double[bins], y = new double[bins], next = new double[bins], grad = new double[bins], residual = new double[bands];
        for (int t = 0; t < frames; t++) {
            java.util.Arrays.fill(x, 0);
            java.util.Arrays.fill(y, 0);
            double momentum = 1;
            for (int step = 0; step < NNLS_STEPS; step++) {
                for (int m = 0; m < bands; m++) residual[m] = project(fb, m, y) - melPower[m][t];
                java.util.Arrays.fill(grad, 0);
                for (int m = 0; m < bands; m++) {
                    float[] w = fb.weights()[m];
                    for (int k = fb.first()[m]; k < fb.last()[m]; k++) grad[k] += w[k] * residual[m];
                }
                double nextMomentum = (1 + Math.sqrt(1 + 4 * momentum * momentum)) / 2;
                double beta = (momentum - 1) / nextMomentum;
                for (int k = 0; k < bins; k++) {
                    next[k] = Math.max(0, y[k] - grad[k] / lipschitz);
                    y[k] = next[k] + beta * (next[k] - x[k]);
                    x[k] = next[k];
                }
                momentum = nextMomentum;
            }
            out[t] = new float[bins];
            for (int k = 0; k < bins; k++) out[t][k] = (float) x[k];
        }
        return out;
    }

    /**
     * Audio of {@code length} samples whose STFT magnitudes approach {@code magnitudes}
     * ({@code float[frames][nFft/2 + 1]}, centred frames, periodic Hann), after {@code iterations}
     * of fast Griffin-Lim from phases drawn with {@code seed}.
     */
    public static float[] invertMagnitudes(float[][] magnitudes, int nFft, int hop, int iterations, long seed, int length) {
        int frames = magnitudes.length;
        int bins = nFft / 2 + 1;
        int inner = (frames - 1) * hop; // a length whose STFT has exactly `frames` frames
        SplittableRandom random = new SplittableRandom(seed);
        float[][] angles = new float[frames][2 * bins];
        for (float[] row : angles) {
            for (int k = 0; k < bins; k++) {
                double ph = 2 * Math.PI * random.nextDouble();
                row[2 * k] = (float) Math.cos(ph);
                row[2 * k + 1] = (float) Math.sin(ph);
            }
        }
        float[][] previous = new float[frames][2 * bins];
        float[][] spec = new float[frames][2 * bins];
        double carry = MOMENTUM / (1 + MOMENTUM);
        for (int i = 0; i < iterations && inner > 0; i++) {
            apply(magnitudes, angles, spec);
            float[][] rebuilt = Stft.spectrum(Stft.inverse(spec, nFft, hop, inner), nFft, hop);
            for (int t = 0; t < frames; t++) {
                for (int j = 0; j < 2 * bins; j += 2) {
                    double re = rebuilt[t][j] - carry * previous[t][j];
                    double im = rebuilt[t][j + 1] - carry * previous[t][j + 1];
                    double mag = Math.sqrt(re * re + im * im);
                    angles[t][j] = mag > 1e-16 ? (float) (re / mag) : 1f;
                    angles[t][j + 1] = mag > 1e-16 ? (float) (im / mag) : 0f;
                }
            }
            previous = rebuilt;
        }
        apply(magnitudes, angles, spec);
        return Stft.inverse(spec, nFft, hop, length);
    }

    /**
     * Spectral convergence {@code ||T - E||_F / ||T||_F} between two magnitude arrays of one shape
     * (0 is a perfect match; 1 is as far as silence).
     */
    public static double spectralConvergence(float[][] target, float[][] estimate) {
        double diff = 0, norm = 0;
        for (int i = 0; i < target.length; i++) {
            for (int j = 0; j < target[i].length; j++) {
                double d = target[i][j] - estimate[i][j];
                diff += d * d;
                norm += (double) target[i][j] * target[i][j];
            }
        }
        return Math.sqrt(diff / norm);
    }

    /**
     * Spectral convergence of the STFT magnitudes of {@code estimate} against those of
     * {@code reference}, over their common length.
     */
    public static double spectralConvergence(float[] reference, float[] estimate, int nFft, int hop) {
        int n = Math.min(reference.length, estimate.length);
        return spectralConvergence(Stft.magnitudes(java.util.Arrays.copyOf(reference, n), nFft, hop),
                Stft.magnitudes(java.util.Arrays.copyOf(estimate, n), nFft, hop));
    }

    private static void apply(float[][] magnitudes, float[][] angles, float[][] spec) {
        for (int t = 0; t < magnitudes.length; t++) {
            for (int k = 0; k < magnitudes[t].length; k++) {
                spec[t][2 * k] = magnitudes[t][k] * angles[t][2 * k];
                spec[t][2 * k + 1] = magnitudes[t][k] * angles[t][2 * k + 1];
            }
        }
    }

    private static double project(MelFilterbank fb, int m, double[] x) {
        float[] w = fb.weights()[m];
        double acc = 0;
        for (int k = fb.first()[m]; k < fb.last()[m]; k++) acc += w[k] * x[k];
        return acc;
    }

    /** The largest eigenvalue of {@code W^T W} by power iteration: the gradient's Lipschitz constant. */
    private static double largestEigenvalue(MelFilterbank fb, int bins) {
        double[] v = new double[bins];
        java.util.Arrays.fill(v, 1 / Math.sqrt(bins));
        double lambda = 0;
        double[] mv = new double[fb.bands()];
        for (int it = 0; it < 100; it++) {
            for (int m = 0; m < fb.bands(); m++) mv[m] = project(fb, m, v);
            double[] w = new double[bins];
            for (int m = 0; m < fb.bands(); m++) {
                float[] row = fb.weights()[m];
                for (int k = fb.first()[m]; k < fb.last()[m]; k++) w[k] += row[k] * mv[m];
            }
            double norm = 0;
            for (double d : w) norm += d * d;
            norm = Math.sqrt(norm);
            if (norm == 0) return 1;
            lambda = norm;
            for (int k = 0; k < bins; k++) v[k] = w[k] / norm;
        }
        return lambda * 1.01; // a little margin keeps the step safely inside the stable range
    }
}
