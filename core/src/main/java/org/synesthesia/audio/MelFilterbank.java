package org.synesthesia.audio;

/**
 * Triangular mel filters on the Slaney mel scale with Slaney (area) normalisation, the same matrix as
 * librosa's {@code filters.mel(sr, n_fft, n_mels, fmin, fmax)} defaults ({@code htk=False,
 * norm='slaney'}). {@code weights} is {@code [nMels][nFft/2 + 1]}; band {@code m} is non-zero only in
 * bins {@code [first[m], last[m])}.
 */
public record MelFilterbank(float[][] weights, int[] first, int[] last) {

    private static final double F_SP = 200.0 / 3;
    private static final double MIN_LOG_HZ = 1000;
    private static final double MIN_LOG_MEL = MIN_LOG_HZ / F_SP;
    private static final double LOG_STEP = Math.log(6.4) / 27;

    /** Builds the filterbank; {@code fMax} at most {@code sampleRate / 2}. */
    public static MelFilterbank slaney(int sampleRate, int nFft, int nMels, double fMin, double fMax) {
        if (!(fMin >= 0 && fMin < fMax && fMax <= sampleRate / 2.0)) {
            throw new IllegalArgumentException("need 0 <= fMin < fMax <= sampleRate/2, got " + fMin + ", " + fMax);
        }
        int bins = nFft / 2 + 1;
        double[] edges = new double[nMels + 2];
        double lo = hzToMel(fMin), hi = hzToMel(fMax);
        for (int i = 0; i < edges.length; i++) edges[i] = melToHz(lo + (hi - lo) * i / (nMels + 1));
        float[][] weights = new float[nMels][bins];
        int[] first = new int[nMels];
        int[] last = new int[nMels];
        for (int m = 0; m < nMels; m++) {
            double enorm = 2 / (edges[m + 2] - edges[m]);
            first[m] = bins;
            for (int k = 0; k < bins; k++) {
                double f = (double) k * sampleRate / nFft;
                double lower = (f - edges[m]) / (edges[m + 1] - edges[m]);
                double upper = (edges[m + 2] - f) / (edges[m + 2] - edges[m + 1]);
                double v = Math.max(0, Math.min(lower, upper));
                if (v > 0) {
                    weights[m][k] = (float) (v * enorm);
                    first[m] = Math.min(first[m], k);
                    last[m] = k + 1;
                }
            }
            if (last[m] == 0) first[m] = 0; // an empty band (too many mels for nFft): all zero
        }
        return new MelFilterbank(weights, first, last);
    }

    /** Number of mel bands. */
    public int bands() { return weights.length; }

    /** Mel power {@code [nMels][frames]} from linear power {@code [frames][nFft/2 + 1]}. */
    public float[][] apply(float[][] power) {
        int frames = power.length;
        float[][] out = new float[bands()][frames];
        for (int m = 0; m < bands(); m++) {
            float[] w = weights[m];
            for (int t = 0; t < frames; t++) {
                float[] p = power[t];
                double acc = 0;
                for (int k = first[m]; k < last[m]; k++) acc += w[k] * p[k];
                out[m][t] = (float) acc;
            }
        }
        return out;
    }

    /** Slaney mel scale: linear below 1 kHz (3 mels per 200 Hz), logarithmic above. */
    public static double hzToMel(double hz) {
        return hz < MIN_LOG_HZ ? hz / F_SP : MIN_LOG_MEL + Math.log(hz / MIN_LOG_HZ) / LOG_STEP;
    }

    /** Inverse of {@link #hzToMel}. */
    public static double melToHz(double mel) {
        return mel < MIN_LOG_MEL ? mel * F_SP : MIN_LOG_HZ * Math.exp(LOG_STEP * (mel - MIN_LOG_MEL));
    }
}
