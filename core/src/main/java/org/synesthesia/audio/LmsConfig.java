package org.synesthesia.audio;

/**
 * Parameters of the log-mel spectrogram (LMS). The default suits a 0.5 s chunk at 22050 Hz:
 * {@code nFft} 1024 (46 ms), {@code hop} 256 and 128 Slaney mel bands from 0 Hz to Nyquist give
 * {@code [128][44]} per 11025-sample chunk, the same 128 x 44 grid as Chen et al.'s 44.1 kHz LMS with
 * hop 512. Power below {@code floor} is clipped before the log; {@code [minDb, maxDb]} is the range
 * mapped onto [-1, 1] for the networks (-80..+40 dB holds every level a full-scale signal reaches with
 * this unscaled Hann STFT, whose full-scale sine peaks near +34 dB in a low band).
 */
public record LmsConfig(int sampleRate, int nFft, int hop, int nMels, double fMin, double fMax,
                        double floor, double minDb, double maxDb) {

    public static final LmsConfig DEFAULT = new LmsConfig(22050, 1024, 256, 128, 0, 11025, 1e-10, -80, 40);

    public LmsConfig {
        if (sampleRate <= 0 || nFft <= 0 || nFft % 2 != 0 || hop <= 0 || nMels <= 0) {
            throw new IllegalArgumentException("LMS config needs a positive rate, an even nFft, a positive hop and mel count");
        }
        if (!(fMin >= 0 && fMin < fMax && fMax <= sampleRate / 2.0)) throw new IllegalArgumentException("need 0 <= fMin < fMax <= sampleRate/2");
        if (!(floor > 0) || !(minDb < maxDb)) throw new IllegalArgumentException("need floor > 0 and minDb < maxDb");
    }

    /** Frames of the LMS of a chunk of {@code samples} samples: {@code 1 + samples / hop}. */
    public int frames(int samples) { return Stft.frames(samples, hop); }

    /** The mel filterbank these parameters define. */
    public MelFilterbank filterbank() { return MelFilterbank.slaney(sampleRate, nFft, nMels, fMin, fMax); }
}
