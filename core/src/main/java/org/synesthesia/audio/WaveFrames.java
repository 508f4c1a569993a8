package org.synesthesia.audio;

/** The raw-waveform encoding: a chunk cut into (possibly overlapping) frames with values in [-1, 1]. */
public final class WaveFrames {

    private WaveFrames() {}

    /**
     * Frames {@code chunk} into {@code float[config.frames(chunk.length)][frameLength]}; frame
     * {@code t} holds samples {@code [t * hop, t * hop + frameLength)}, zero past the end. With
     * {@code peakNormalize} the chunk is first divided by its peak absolute value (a silent chunk stays
     * zero), so loudness is dropped and the shape fills [-1, 1]; otherwise values are clipped to [-1, 1].
     */
    public static float[][] frame(float[] chunk, WaveConfig config) {
        float scale = 1f;
        if (config.peakNormalize()) {
            float peak = 0;
            for (float v : chunk) peak = Math.max(peak, Math.abs(v));
            if (peak > 0) scale = 1f / peak;
        }
        int frames = config.frames(chunk.length);
        float[][] out = new float[frames][config.frameLength()];
        for (int t = 0; t < frames; t++) {
            int start = t * config.hop();
            for (int i = 0; i < config.frameLength() && start + i < chunk.length; i++) {
                out[t][i] = Math.max(-1f, Math.min(1f, chunk[start + i] * scale));
            }
        }
        return out;
    }

    /**
     * The way back: overlap-adds {@code frames} ({@code float[F][frameLength]}) and averages where
     * frames overlap, returning the first {@code length} samples.
     */
    public static float[] unframe(float[][] frames, WaveConfig config, int length) {
        int total = (frames.length - 1) * config.hop() + config.frameLength();
        float[] sum = new float[Math.max(total, length)];
        int[] count = new int[sum.length];
        for (int t = 0; t < frames.length; t++) {
            for (int i = 0; i < config.frameLength(); i++) {
                sum[t * config.hop() + i] += frames[t][i];
                count[t * config.hop() + i]++;
            }
        }
        float[] out = new float[length];
        for (int i = 0; i < length; i++) out[i] = count[i] == 0 ? 0 : sum[i] / count[i];
        return out;
    }
}
