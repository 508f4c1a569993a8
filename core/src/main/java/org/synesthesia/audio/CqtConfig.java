package org.synesthesia.audio;

/**
 * Parameters of the constant-Q transform. The default covers 7 octaves from C1 (32.70 Hz) to B7
 * (3951 Hz) at 12 bins per octave (84 bins, bin {@code k} centred on {@code fMin * 2^(k/12)}, so A4 =
 * 440 Hz is bin 45) with hop 256 at 22050 Hz: {@code [84][44]} per 0.5 s chunk, on the LMS time grid.
 * {@code filterScale} widens (> 1) or narrows the kernels relative to Q = 1 / (2^(1/B) - 1); kernel
 * spectrum coefficients below {@code sparsity} of each kernel's peak are dropped. Amplitudes below
 * {@code sqrt(floor)} are clipped before the log; {@code [minDb, maxDb]} maps onto [-1, 1] (a
 * full-scale sine reads -6 dB).
 */
public record CqtConfig(int sampleRate, int hop, double fMin, int binsPerOctave, int bins, double filterScale,
                        double sparsity, double floor, double minDb, double maxDb) {

    /** C1 in 12-tone equal temperament with A4 = 440 Hz. */
    public static final double C1 = 440 * Math.pow(2, -45 / 12.0);

    public static final CqtConfig DEFAULT = new CqtConfig(22050, 256, C1, 12, 84, 1, 0.0054, 1e-10, -80, 0);

    public CqtConfig {
        if (sampleRate <= 0 || hop <= 0 || binsPerOctave <= 0 || bins <= 0) throw new IllegalArgumentException("CQT config needs positive rate, hop and bin counts");
        if (!(fMin > 0) || !(filterScale > 0) || !(sparsity >= 0 && sparsity < 1)) throw new IllegalArgumentException("need fMin > 0, filterScale > 0, 0 <= sparsity < 1");
        if (frequency(bins - 1) * (1 + 1 / quality()) >= sampleRate / 2.0) {
            throw new IllegalArgumentException("the top CQT bin (" + frequency(bins - 1) + " Hz) and its band must lie below Nyquist");
        }
        if (!(floor > 0) || !(minDb < maxDb)) throw new IllegalArgumentException("need floor > 0 and minDb < maxDb");
    }

    /** Centre frequency of bin {@code k} in Hz. */
    public double frequency(int k) { return fMin * Math.pow(2, (double) k / binsPerOctave); }

    /** The quality factor: centre frequency over bandwidth. */
    public double quality() { return filterScale / (Math.pow(2, 1.0 / binsPerOctave) - 1); }

    /** Frames of the CQT of a chunk of {@code samples} samples: {@code 1 + samples / hop}. */
    public int frames(int samples) { return Stft.frames(samples, hop); }
}
