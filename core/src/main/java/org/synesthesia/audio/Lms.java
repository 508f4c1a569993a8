package org.synesthesia.audio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Log-mel spectrogram, as librosa's {@code power_to_db(melspectrogram(y, sr, n_fft, hop_length,
 * n_mels=..., fmin, fmax, center=True, pad_mode='reflect', power=2), ref=1, amin=floor, top_db=None)}.
 * Shapes: a chunk of {@code n} samples gives {@code float[nMels][1 + n / hop]} in dB.
 */
public final class Lms {

    private static final Map<LmsConfig, MelFilterbank> FILTERBANKS = new ConcurrentHashMap<>();

    private Lms() {}

    /** The LMS in dB, {@code float[nMels][1 + chunk.length / hop]}. */
    public static float[][] compute(float[] chunk, LmsConfig config) {
        return Decibels.fromPower(melPower(chunk, config), config.floor());
    }

    /** Mel power before the log, {@code float[nMels][1 + chunk.length / hop]}. */
    public static float[][] melPower(float[] chunk, LmsConfig config) {
        return filterbank(config).apply(Stft.power(chunk, config.nFft(), config.hop()));
    }

    /** The LMS mapped from {@code [minDb, maxDb]} onto [-1, 1] (clipped), the range the generators emit. */
    public static float[][] normalize(float[][] lmsDb, LmsConfig config) {
        return Decibels.toUnit(lmsDb, config.minDb(), config.maxDb());
    }

    /** The inverse of {@link #normalize}: [-1, 1] back to dB. */
    public static float[][] denormalize(float[][] unit, LmsConfig config) {
        return Decibels.fromUnit(unit, config.minDb(), config.maxDb());
    }

    /** The cached filterbank of {@code config}. */
    static MelFilterbank filterbank(LmsConfig config) {
        return FILTERBANKS.computeIfAbsent(config, LmsConfig::filterbank);
    }
}
