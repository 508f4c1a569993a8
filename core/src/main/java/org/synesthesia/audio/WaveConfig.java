package org.synesthesia.audio;

/**
 * Parameters of the framed-waveform encoding. The default, 256-sample frames with hop 256 and peak
 * normalisation, turns an 11025-sample chunk into {@code [44][256]} (zero-padded to 11264 samples):
 * one row per LMS frame, so the raw and spectral encodings share a time axis.
 */
public record WaveConfig(int frameLength, int hop, boolean peakNormalize) {

    public static final WaveConfig DEFAULT = new WaveConfig(256, 256, true);

    public WaveConfig {
        if (frameLength <= 0 || hop <= 0 || hop > frameLength) throw new IllegalArgumentException("need 0 < hop <= frameLength");
    }

    /** Frames for a chunk of {@code samples} samples: {@code 1 + ceil((samples - frameLength) / hop)}, at least 1. */
    public int frames(int samples) {
        return samples <= frameLength ? 1 : 1 + (samples - frameLength + hop - 1) / hop;
    }
}
