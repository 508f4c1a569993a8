package org.synesthesia.audio;

/**
 * The project's audio rate and chunk length. Every track is resampled to {@code sampleRate} and cut
 * into chunks of {@code chunkSeconds}; the defaults (22050 Hz, 0.5 s = 11025 samples) follow
 * Sub-URMP's 0.5 s chunks at the rate the spectrogram features are computed at.
 */
public record AudioConfig(int sampleRate, double chunkSeconds) {

    public static final AudioConfig DEFAULT = new AudioConfig(22050, 0.5);

    public AudioConfig {
        if (sampleRate <= 0) throw new IllegalArgumentException("sample rate must be positive, was " + sampleRate);
        if (!(chunkSeconds > 0)) throw new IllegalArgumentException("chunk length must be positive, was " + chunkSeconds);
    }

    /** Samples in one chunk at {@link #sampleRate}, rounded to the nearest sample. */
    public int chunkSamples() { return (int) Math.round(sampleRate * chunkSeconds); }
}
