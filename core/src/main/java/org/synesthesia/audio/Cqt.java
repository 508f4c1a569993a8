package org.synesthesia.audio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * Constant-Q transform by spectral kernels (Brown and Puckette 1992). Bin {@code k} correlates the
 * signal around each frame centre {@code t * hop} with a Hann-windowed complex exponential at
 * {@code f_k} of about {@code Q * sampleRate / f_k} samples (odd, centred), normalised by the window sum so that a
 * sine of amplitude {@code A} at {@code f_k} reads {@code A / 2}. The correlations are taken in the
 * frequency domain with sparse kernel spectra over one FFT per frame, of the next power of two above
 * the longest kernel (16384 for the default). Outside the signal is zero: the low kernels are longer
 * than a 0.5 s chunk and reflecting would fold the chunk back onto itself. Shapes: a chunk of
 * {@code n} samples gives {@code float[bins][1 + n / hop]}.
 */
public final class Cqt {

    private static final Map<CqtConfig, Kernels> KERNELS = new ConcurrentHashMap<>();

    private Cqt() {}

    /** The CQT log amplitude in dB ({@code 10 log10(max(|X|^2, floor))}), {@code float[bins][1 + chunk.length / hop]}. */
    public static float[][] compute(float[] chunk, CqtConfig config) {
        return Decibels.fromPower(power(chunk, config), config.floor());
    }

    /** CQT power {@code |X|^2}, {@code float[bins][1 + chunk.length / hop]}. */
    public static float[][] power(float[] chunk, CqtConfig config) {
        if (chunk.length == 0) throw new IllegalArgumentException("cannot transform an empty signal");
        Kernels kernels = KERNELS.computeIfAbsent(config, Kernels::design);
        int size = kernels.fftSize();
        int frames = config.frames(chunk.length);
        FloatFFT_1D fft = new FloatFFT_1D(size);
        float[] buf = new float[size];
        float[][] out = new float[config.bins()][frames];
        for (int t = 0; t < frames; t++) {
            java.util.Arrays.fill(buf, 0f);
            int centre = t * config.hop();
            // buf[m mod size] = x[centre + m] for m in [-size/2, size/2)
            for (int m = -size / 2; m < size / 2; m++) {
                int i = centre + m;
                if (i >= 0 && i < chunk.length) buf[Math.floorMod(m, size)] = chunk[i];
            }
            fft.realForward(buf); // bins 1..size/2-1 at [2f], [2f+1]
            for (int k = 0; k < config.bins(); k++) {
                int[] at = kernels.bins()[k];
                float[] re = kernels.re()[k], im = kernels.im()[k];
                double sr = 0, si = 0;
                for (int j = 0; j < at.length; j++) {
                    float br = buf[2 * at[j]], bi = buf[2 * at[j] + 1];
                    sr += br * re[j] - bi * im[j];
                    si += br * im[j] + bi * re[j];
                }
                out[k][t] = (float) (sr * sr + si * si);
            }
        }
        return out;
    }

    /** The CQT dB mapped from {@code [minDb, maxDb]} onto [-1, 1] (clipped). */
    public static float[][] normalize(float[][] cqtDb, CqtConfig config) {
        return Decibels.toUnit(cqtDb, config.minDb(), config.maxDb());
    }

    /** The inverse of {@link #normalize}. */
    public static float[][] denormalize(float[][] unit, CqtConfig config) {
        return Decibels.fromUnit(unit, config.minDb(), config.maxDb());
    }

    /**
     * Sparse conjugate kernel spectra scaled by {@code 1 / fftSize}: for bin {@code k}, the FFT bins
     * {@code bins[k][j]} (all in {@code 1..fftSize/2 - 1}) with coefficients {@code re + i im}.
     */
    private record Kernels(int fftSize, int[][] bins, float[][] re, float[][] im) {

        static Kernels design(CqtConfig c) {
            double q = c.quality();
            int longest = (int) Math.ceil(q * c.sampleRate() / c.fMin());
            int size = Integer.highestOneBit(longest) << 1;
            FloatFFT_1D fft = new FloatFFT_1D(size);
            int[][] bins = new int[c.bins()][];
            float[][] re = new float[c.bins()][];
            float[][] im = new float[c.bins()][];
            for (int k = 0; k < c.bins(); k++) {
                double f = c.frequency(k);
                int half = (int) Math.ceil(q * c.sampleRate() / f) / 2; // odd length 2 * half + 1, centred
                double[] w = new double[2 * half + 1];
                double wsum = 0;
                for (int n = -half; n <= half; n++) {
                    w[n + half] = 0.5 + 0.5 * Math.cos(Math.PI * n / (half + 1));
                    wsum += w[n + half];
                }
                float[] buf = new float[2 * size]; // complex interleaved, time n at index n mod size
                for (int n = -half; n <= half; n++) {
                    double ph = 2 * Math.PI * f * n / c.sampleRate();
                    int at = Math.floorMod(n, size);
                    buf[2 * at] = (float) (w[n + half] / wsum * Math.cos(ph));
                    buf[2 * at + 1] = (float) (w[n + half] / wsum * Math.sin(ph));
                }
                fft.complexForward(buf);
                double peak = 0;
                for (int j = 0; j < size; j++) peak = Math.max(peak, Math.hypot(buf[2 * j], buf[2 * j + 1]));
                int count = 0;
                for (int j = 1; j < size / 2; j++) if (Math.hypot(buf[2 * j], buf[2 * j + 1]) >= c.sparsity() * peak) count++;
                bins[k] = new int[count];
                re[k] = new float[count];
                im[k] = new float[count];
                int i = 0;
                for (int j = 1; j < size / 2; j++) {
                    if (Math.hypot(buf[2 * j], buf[2 * j + 1]) < c.sparsity() * peak) continue;
                    bins[k][i] = j;
                    // X_k = (1/N) sum_f B[f] conj(C[f]); the real signal's negative half adds the conjugate
                    // of a term that is ~0 for an analytic kernel, so only positive bins are kept.
                    re[k][i] = buf[2 * j] / size;
                    im[k][i] = -buf[2 * j + 1] / size;
                    i++;
                }
            }
            return new Kernels(size, bins, re, im);
        }
    }
}
