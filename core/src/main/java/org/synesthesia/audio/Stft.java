package org.synesthesia.audio;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Short-time Fourier transform with a periodic Hann window and centred frames, as librosa's
 * {@code stft(center=True, pad_mode='reflect')}: the signal is reflect-padded by {@code nFft/2} on
 * both sides, so frame {@code t} is centred on sample {@code t * hop}, and there are
 * {@code 1 + samples / hop} frames. {@code nFft} must be even.
 *
 * <p>Spectra are {@code float[frames][nFft + 2]}: bins {@code 0..nFft/2} as interleaved
 * (real, imaginary) pairs, with {@code X[k] = sum_n w[n] x[n] e^{-2 pi i k n / nFft}}. Magnitudes and
 * powers are {@code float[frames][nFft/2 + 1]}.
 */
public final class Stft {

    private Stft() {}

    /** Number of centred frames for a signal of {@code samples} samples. */
    public static int frames(int samples, int hop) {
        return 1 + samples / hop;
    }

    /** Periodic Hann window of length {@code n} ({@code 0.5 - 0.5 cos(2 pi i / n)}), as scipy's {@code hann(n, sym=False)}. */
    public static float[] hann(int n) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) w[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / n));
        return w;
    }

    /** The complex spectrum, {@code float[1 + x.length / hop][nFft + 2]} (see the class comment). */
    public static float[][] spectrum(float[] x, int nFft, int hop) {
        check(x.length, nFft, hop);
        int frames = frames(x.length, hop);
        float[] w = hann(nFft);
        FloatFFT_1D fft = new FloatFFT_1D(nFft);
        float[][] out = new float[frames][nFft + 2];
        float[] buf = new float[nFft];
        int half = nFft / 2;
        for (int t = 0; t < frames; t++) {
            int start = t * hop - half;
            for (int i = 0; i < nFft; i++) buf[i] = w[i] * x[reflect(start + i, x.length)];
            fft.realForward(buf);
            unpack(buf, out[t]);
        }
        return out;
    }

    /** Magnitudes {@code |X|}, {@code float[1 + x.length / hop][nFft/2 + 1]}. */
    public static float[][] magnitudes(float[] x, int nFft, int hop) {
        return magnitudes(spectrum(x, nFft, hop));
    }

    /** Powers {@code |X|^2}, {@code float[1 + x.length / hop][nFft/2 + 1]}. */
    public static float[][] power(float[] x, int nFft, int hop) {
        float[][] spec = spectrum(x, nFft, hop);
        float[][] out = new float[spec.length][spec[0].length / 2];
        for (int t = 0; t < spec.length; t++) {
            for (int k = 0; k < out[t].length; k++) {
                float re = spec[t][2 * k], im = spec[t][2 * k + 1];
                out[t][k] = re * re + im * im;
            }
        }
        return out;
    }

    /** Magnitudes of a spectrum from {@link #spectrum}: {@code float[frames][nFft/2 + 1]}. */
    public static float[][] magnitudes(float[][] spectrum) {
        float[][] out = new float[spectrum.length][spectrum[0].length / 2];
        for (int t = 0; t < spectrum.length; t++) {
            for (int k = 0; k < out[t].length; k++) {
                float re = spectrum[t][2 * k], im = spectrum[t][2 * k + 1];
                out[t][k] = (float) Math.sqrt(re * re + im * im); // Math.hypot is ~10x slower and overflow is no risk here
            }
        }
        return out;
    }

    /**
     * The inverse of {@link #spectrum} by windowed overlap-add divided by the summed squared window
     * (librosa's {@code istft}), dropping the centre padding. Returns {@code length} samples; for a
     * spectrum of {@code F} frames, {@code (F - 1) * hop} recovers the full signal of an evenly
     * divisible length. {@code spectrum} is {@code float[frames][nFft + 2]}.
     */
    public static float[] inverse(float[][] spectrum, int nFft, int hop, int length) {
        int frames = spectrum.length;
        int half = nFft / 2;
        float[] w = hann(nFft);
        FloatFFT_1D fft = new FloatFFT_1D(nFft);
        int padded = nFft + hop * (frames - 1);
        double[] sum = new double[padded];
        double[] norm = new double[padded];
        float[] buf = new float[nFft];
        for (int t = 0; t < frames; t++) {
            pack(spectrum[t], buf);
            fft.realInverse(buf, true);
            int start = t * hop;
            for (int i = 0; i < nFft; i++) {
                sum[start + i] += w[i] * buf[i];
                norm[start + i] += w[i] * w[i];
            }
        }
        float[] y = new float[length];
        for (int i = 0; i < length && i + half < padded; i++) {
            double n = norm[i + half];
            y[i] = (float) (n > 1e-8 ? sum[i + half] / n : sum[i + half]);
        }
        return y;
    }

    /** JTransforms' packed real-FFT layout (a[1] = Re[n/2]) to interleaved bins 0..n/2. */
    static void unpack(float[] packed, float[] out) {
        int n = packed.length;
        out[0] = packed[0];
        out[1] = 0;
        System.arraycopy(packed, 2, out, 2, n - 2);
        out[n] = packed[1];
        out[n + 1] = 0;
    }

    /** Interleaved bins 0..n/2 to JTransforms' packed layout; the imaginary parts of DC and Nyquist are dropped. */
    static void pack(float[] bins, float[] packed) {
        int n = packed.length;
        packed[0] = bins[0];
        packed[1] = bins[n];
        System.arraycopy(bins, 2, packed, 2, n - 2);
    }

    /** numpy's 'reflect' padding: index -1 reads 1, index n reads n - 2; repeated for long pads. */
    static int reflect(int i, int n) {
        if (n == 1) return 0;
        int period = 2 * (n - 1);
        int m = Math.floorMod(i, period);
        return m < n ? m : period - m;
    }

    private static void check(int samples, int nFft, int hop) {
        if (nFft <= 0 || nFft % 2 != 0) throw new IllegalArgumentException("nFft must be positive and even, was " + nFft);
        if (hop <= 0) throw new IllegalArgumentException("hop must be positive, was " + hop);
        if (samples == 0) throw new IllegalArgumentException("cannot transform an empty signal");
    }
}
