package org.synesthesia.audio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Band-limited sample-rate conversion by a rational ratio with a polyphase Kaiser-windowed sinc.
 *
 * <p>The ratio {@code toRate/fromRate} is reduced to {@code L/M}; one low-pass filter is designed at
 * the virtual rate {@code L * fromRate} with its cutoff at {@value #ROLLOFF} of the lower Nyquist
 * frequency, {@value #ZERO_CROSSINGS} zero crossings per side and Kaiser beta {@value #BETA} (about
 * 85 dB stop-band attenuation), then split into {@code L} phases. Each output sample is a dot product
 * of about {@code 2 * ZERO_CROSSINGS * max(1, M/L)} taps, so the cost is linear in the output length.
 * For 48000 -> 22050 (147/320) that is ~210 taps per output sample; the pass band (up to ~0.88 of the
 * new Nyquist) is flat within 0.01 dB, and content above the new Nyquist is attenuated by more than
 * 80 dB. Filters are cached per rate pair. The signal is taken as zero outside its ends.
 */
public final class Resampler {

    static final int ZERO_CROSSINGS = 48;
    static final double BETA = 8.6;
    static final double ROLLOFF = 0.94;

    private static final Map<Long, Filter> FILTERS = new ConcurrentHashMap<>();

    private Resampler() {}

    /**
     * Resamples {@code x} from {@code fromRate} to {@code toRate}. Output length:
     * {@code ceil(x.length * toRate / fromRate)}. Returns a copy when the rates are equal.
     */
    public static float[] resample(float[] x, int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) throw new IllegalArgumentException("sample rates must be positive, were " + fromRate + " and " + toRate);
        if (fromRate == toRate) return x.clone();
        Filter f = FILTERS.computeIfAbsent(((long) fromRate << 32) | toRate, k -> Filter.design(fromRate, toRate));
        return f.apply(x);
    }

    /** The polyphase filter bank for one rate pair: {@code taps[phase][j]}, j = 0..2*half. */
    private record Filter(int up, int down, int half, float[][] taps) {

        static Filter design(int fromRate, int toRate) {
            int g = gcd(fromRate, toRate);
            int up = toRate / g;
            int down = fromRate / g;
            int wider = Math.max(up, down);
            // cutoff in cycles per sample at the virtual rate up * fromRate
            double fc = ROLLOFF * 0.5 / wider;
            long span = (long) ZERO_CROSSINGS * wider; // half-length in virtual samples
            int half = (int) ((span + up - 1) / up) + 1; // half-length in input samples, per phase
            float[][] taps = new float[up][2 * half + 1];
            double i0Beta = besselI0(BETA);
            for (int phase = 0; phase < up; phase++) {
                for (int j = -half; j <= half; j++) {
                    long n = phase + (long) j * up; // virtual-rate offset of tap j in this phase
                    if (Math.abs(n) > span) continue;
                    double r = (double) n / span;
                    double window = besselI0(BETA * Math.sqrt(1 - r * r)) / i0Beta;
                    double arg = 2 * fc * n;
                    double sinc = n == 0 ? 1 : Math.sin(Math.PI * arg) / (Math.PI * arg);
                    // gain `up` makes up for the zeros that upsampling inserts
                    taps[phase][j + half] = (float) (up * 2 * fc * sinc * window);
                }
            }
            return new Filter(up, down, half, taps);
        }

        float[] apply(float[] x) {
            int n = x.length;
            int outLen = (int) Math.ceil((double) n * up / down);
            float[] y = new float[outLen];
            for (int k = 0; k < outLen; k++) {
                long p = (long) k * down; // position at the virtual rate
                int i0 = (int) (p / up);
                float[] h = taps[(int) (p % up)];
                // y[k] = sum_j h[j + half] * x[i0 - j]
                int lo = i0 - half;
                int hi = i0 + half;
                double acc = 0;
                if (lo >= 0 && hi < n) {
                    for (int t = 0, i = hi; t < h.length; t++, i--) acc += h[t] * x[i];
                } else {
                    for (int t = 0, i = hi; t < h.length; t++, i--) {
                        if (i >= 0 && i < n) acc += h[t] * x[i];
                    }
                }
                y[k] = (float) acc;
            }
            return y;
        }
    }

    /** Modified Bessel function of the first kind, order zero, by its power series. */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double q = x * x / 4;
        for (int k = 1; k < 200; k++) {
            term *= q / ((double) k * k);
            sum += term;
            if (term < sum * 1e-17) break;
        }
        return sum;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
