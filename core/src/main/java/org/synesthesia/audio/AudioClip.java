package org.synesthesia.audio;

/**
 * Decoded audio: {@code channels[c][i]} is sample {@code i} of channel {@code c}, nominally in
 * [-1, 1], at {@code sampleRate} frames per second. All channels have the same length.
 */
public record AudioClip(float[][] channels, int sampleRate) {

    public AudioClip {
        if (channels == null || channels.length == 0) throw new IllegalArgumentException("an audio clip needs at least one channel");
        if (sampleRate <= 0) throw new IllegalArgumentException("sample rate must be positive, was " + sampleRate);
        for (float[] c : channels) {
            if (c.length != channels[0].length) throw new IllegalArgumentException("all channels must have the same length");
        }
    }

    /** Number of frames (samples per channel). */
    public int frames() { return channels[0].length; }

    /** Duration in seconds. */
    public double seconds() { return frames() / (double) sampleRate; }

    /** Mean of the channels, one float per frame; the channel itself for mono (a copy). */
    public float[] mono() {
        int n = frames();
        if (channels.length == 1) return channels[0].clone();
        float[] out = new float[n];
        for (float[] c : channels) {
            for (int i = 0; i < n; i++) out[i] += c[i];
        }
        float scale = 1f / channels.length;
        for (int i = 0; i < n; i++) out[i] *= scale;
        return out;
    }
}
