package org.synesthesia.nn;

import java.util.Random;
import org.synesthesia.audio.Cqt;
import org.synesthesia.audio.Lms;
import org.synesthesia.audio.WaveConfig;
import org.synesthesia.audio.WaveFrames;

/**
 * Turns one chunk or one image into a classifier's input, flattened in {@link InputShape} order.
 * Spectrograms are measured relative to the chunk's loudest bin, so that level and gain do not
 * matter, only the shape of the sound; waveforms are peak-normalized for the same reason.
 */
public final class Features {

    private Features() {}

    /** The spectrogram in dB ({@code [bins][frames]}) of a chunk, before augmentation; null for waveforms. */
    public static float[][] spectrogramDb(float[] chunk, FeatureSpec spec) {
        return switch (spec.encoding()) {
            case LMS -> Lms.compute(chunk, spec.lms());
            case CQT -> Cqt.compute(chunk, spec.cqt());
            default -> null;
        };
    }

    /** The network input of a chunk's spectrogram in dB; {@code augment} (may be null) changes it first. */
    public static float[] fromSpectrogramDb(float[][] db, Random augment) {
        if (augment != null) {
            float[][] copy = new float[db.length][];
            for (int i = 0; i < db.length; i++) copy[i] = db[i].clone();
            Augment.spectrogramDb(copy, augment);
            db = copy;
        }
        float max = Float.NEGATIVE_INFINITY;
        for (float[] row : db) for (float v : row) max = Math.max(max, v);
        int frames = db[0].length;
        float[] out = new float[db.length * frames];
        for (int b = 0; b < db.length; b++) {
            for (int t = 0; t < frames; t++) {
                float rel = Math.max(-FeatureSpec.RANGE_DB, db[b][t] - max);
                out[b * frames + t] = rel / (FeatureSpec.RANGE_DB / 2) + 1;
            }
        }
        return out;
    }

    /** The network input of a sound chunk of {@code spec.chunkSamples()} samples. */
    public static float[] audio(float[] chunk, FeatureSpec spec, Random augment) {
        if (spec.encoding() == Encoding.WAVE) {
            float[] x = chunk.clone();
            if (augment != null) Augment.waveform(x, spec.sampleRate(), augment);
            return WaveFrames.frame(x, new WaveConfig(x.length, x.length, true))[0];
        }
        return fromSpectrogramDb(spectrogramDb(chunk, spec), augment);
    }

    /**
     * The network input of an image already in CHW floats in [-1, 1]; {@code augment} (may be
     * null) first zooms by up to 15% and shifts by up to 4 pixels (bilinear, edges repeated),
     * since framings differ between recordings, then jitters brightness, contrast and colour balance.
     */
    public static float[] image(float[] chw, int size, Random augment) { return image(chw, size, augment, 1); }

    /**
     * As {@link #image(float[], int, Random)}, with the zoom and shift scaled by {@code framing}
     * (0 keeps the framing; the colour jitter is the same).
     */
    public static float[] image(float[] chw, int size, Random augment, double framing) {
        if (augment == null) return chw;
        double scale = 1 + (augment.nextDouble() * 2 - 1) * 0.15 * framing;
        double dx = (augment.nextDouble() * 2 - 1) * 4 * framing;
        double dy = (augment.nextDouble() * 2 - 1) * 4 * framing;
        float contrast = (float) (1 + augment.nextGaussian() * 0.2);
        float brightness = (float) (augment.nextGaussian() * 0.2);
        float[] balance = new float[3];
        for (int c = 0; c < 3; c++) balance[c] = (float) (augment.nextGaussian() * 0.15);
        float[] out = new float[chw.length];
        int plane = size * size;
        double centre = (size - 1) / 2.0;
        // the source column of every output column is the same on every row: work it out once
        int[] x0 = new int[size];
        int[] x1 = new int[size];
        float[] fx = new float[size];
        for (int x = 0; x < size; x++) {
            double sx = clamp((x - centre - dx) / scale + centre, size);
            x0[x] = (int) Math.floor(sx);
            x1[x] = Math.min(size - 1, x0[x] + 1);
            fx[x] = (float) (sx - x0[x]);
        }
        for (int y = 0; y < size; y++) {
            double sy = clamp((y - centre - dy) / scale + centre, size);
            int y0 = (int) Math.floor(sy);
            int y1 = Math.min(size - 1, y0 + 1);
            float fy = (float) (sy - y0);
            for (int c = 0; c < 3; c++) {
                int top = c * plane + y0 * size;
                int bottom = c * plane + y1 * size;
                for (int x = 0; x < size; x++) {
                    float t = chw[top + x0[x]] * (1 - fx[x]) + chw[top + x1[x]] * fx[x];
                    float b = chw[bottom + x0[x]] * (1 - fx[x]) + chw[bottom + x1[x]] * fx[x];
                    float v = (t * (1 - fy) + b * fy) * contrast + brightness + balance[c];
                    out[c * plane + y * size + x] = Math.max(-1, Math.min(1, v));
                }
            }
        }
        return out;
    }

    private static double clamp(double v, int size) { return Math.max(0, Math.min(size - 1, v)); }
}
