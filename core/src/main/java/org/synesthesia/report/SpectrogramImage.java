package org.synesthesia.report;

import java.awt.image.BufferedImage;
import org.synesthesia.audio.Lms;
import org.synesthesia.audio.LmsConfig;

/**
 * A log-mel spectrogram as a picture for the report: low frequencies at the bottom, time to the
 * right, the top {@value #RANGE_DB} dB of the clip mapped through a magma-like colour ramp.
 */
public final class SpectrogramImage {

    static final double RANGE_DB = 80;

    /** Magma-like stops from silence (black) to loud (pale yellow). */
    private static final int[][] RAMP = {{0, 0, 4}, {40, 11, 84}, {101, 21, 110}, {159, 42, 99}, {212, 72, 66}, {245, 125, 21}, {250, 193, 39}, {252, 255, 164}};

    private SpectrogramImage() {}

    /** The picture of mono {@code samples} at {@code sampleRate}, two pixels per mel band. */
    public static BufferedImage of(float[] samples, int sampleRate) {
        LmsConfig d = LmsConfig.DEFAULT;
        LmsConfig config = new LmsConfig(sampleRate, d.nFft(), d.hop(), d.nMels(), d.fMin(), sampleRate / 2.0, d.floor(), d.minDb(), d.maxDb());
        float[][] db = Lms.compute(samples, config);
        int bands = db.length;
        int frames = db[0].length;
        float top = Float.NEGATIVE_INFINITY;
        for (float[] band : db) for (float v : band) top = Math.max(top, v);
        int scale = 2;
        BufferedImage image = new BufferedImage(frames, bands * scale, BufferedImage.TYPE_INT_RGB);
        for (int b = 0; b < bands; b++) {
            for (int t = 0; t < frames; t++) {
                double unit = Math.max(0, Math.min(1, 1 + (db[b][t] - top) / RANGE_DB));
                int rgb = colour(unit);
                for (int s = 0; s < scale; s++) image.setRGB(t, (bands - 1 - b) * scale + s, rgb);
            }
        }
        return image;
    }

    static int colour(double unit) {
        double pos = unit * (RAMP.length - 1);
        int lo = Math.min((int) pos, RAMP.length - 2);
        double f = pos - lo;
        int r = (int) Math.round(RAMP[lo][0] + f * (RAMP[lo + 1][0] - RAMP[lo][0]));
        int g = (int) Math.round(RAMP[lo][1] + f * (RAMP[lo + 1][1] - RAMP[lo][1]));
        int b = (int) Math.round(RAMP[lo][2] + f * (RAMP[lo + 1][2] - RAMP[lo][2]));
        return (r << 16) | (g << 8) | b;
    }
}
