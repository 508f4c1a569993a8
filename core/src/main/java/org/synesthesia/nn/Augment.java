package org.synesthesia.nn;

import java.util.Random;

/**
 * Training-time changes to a chunk that keep its instrument but change how it was recorded: a
 * random equalizer (smooth gain curve over frequency), a random level, a noise floor, and
 * time/frequency masks. They stand in for microphones, rooms and other soundfonts, so that an
 * encoder trained on one soundfont still knows a violin from another.
 */
public final class Augment {

    private Augment() {}

    /**
     * Changes a spectrogram in decibels, {@code db[bin][frame]} with bins ordered low to high
     * frequency, in place.
     */
    public static void spectrogramDb(float[][] db, Random rng) {
        int bins = db.length;
        int frames = db[0].length;
        float[] eq = equalizerDb(bins, rng);
        float gain = (float) (rng.nextGaussian() * 6);
        // a noise floor some 30-60 dB below the chunk's peak, added in power
        float peak = Float.NEGATIVE_INFINITY;
        for (float[] row : db) for (float v : row) peak = Math.max(peak, v);
        double floorDb = peak - 30 - 30 * rng.nextDouble();
        for (int b = 0; b < bins; b++) {
            for (int t = 0; t < frames; t++) {
                double p = Math.pow(10, (db[b][t] + eq[b]) / 10) + Math.pow(10, floorDb / 10) * (0.5 + rng.nextDouble());
                db[b][t] = (float) (10 * Math.log10(p)) + gain;
            }
        }
        if (rng.nextBoolean()) mask(db, rng, true);
        if (rng.nextBoolean()) mask(db, rng, false);
    }

    /** Changes a waveform in place: an equalizer of two peaking filters, a level and a noise floor. */
    public static void waveform(float[] x, int sampleRate, Random rng) {
        for (int k = 0; k < 2; k++) {
            double f0 = 100 * Math.pow(60, rng.nextDouble()); // 100 Hz .. 6 kHz
            peaking(x, sampleRate, Math.min(f0, sampleRate * 0.45), rng.nextGaussian() * 6, 0.7 + rng.nextDouble());
        }
        double gain = Math.pow(10, rng.nextGaussian() * 6 / 20);
        double rms = 0;
        for (float v : x) rms += v * v;
        rms = Math.sqrt(rms / Math.max(1, x.length));
        double noise = rms * Math.pow(10, -(30 + 30 * rng.nextDouble()) / 20);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.max(-1, Math.min(1, (x[i] + rng.nextGaussian() * noise) * gain));
        }
    }

    /** A smooth random gain curve in dB over {@code bins}: a tilt plus a few broad bumps. */
    static float[] equalizerDb(int bins, Random rng) {
        float[] eq = new float[bins];
        double tilt = rng.nextGaussian() * 6;
        int bumps = 1 + rng.nextInt(3);
        double[] centre = new double[bumps];
        double[] width = new double[bumps];
        double[] height = new double[bumps];
        for (int k = 0; k < bumps; k++) {
            centre[k] = rng.nextDouble();
            width[k] = 0.05 + 0.2 * rng.nextDouble();
            height[k] = rng.nextGaussian() * 5;
        }
        for (int b = 0; b < bins; b++) {
            double u = bins == 1 ? 0.5 : (double) b / (bins - 1);
            double v = tilt * (u - 0.5);
            for (int k = 0; k < bumps; k++) v += height[k] * Math.exp(-0.5 * Math.pow((u - centre[k]) / width[k], 2));
            eq[b] = (float) v;
        }
        return eq;
    }

    /** Sets a random band of bins (or frames) to the chunk's minimum, as SpecAugment does. */
    private static void mask(float[][] db, Random rng, boolean frequency) {
        float min = Float.POSITIVE_INFINITY;
        for (float[] row : db) for (float v : row) min = Math.min(min, v);
        int extent = frequency ? db.length : db[0].length;
        int len = 1 + rng.nextInt(Math.max(1, extent / 10));
        int start = rng.nextInt(Math.max(1, extent - len));
        for (int i = start; i < start + len; i++) {
            if (frequency) java.util.Arrays.fill(db[i], min);
            else for (float[] row : db) row[i] = min;
        }
    }

    /** An RBJ peaking equalizer applied in place. */
    private static void peaking(float[] x, int rate, double f0, double gainDb, double q) {
        double a = Math.pow(10, gainDb / 40);
        double w = 2 * Math.PI * f0 / rate;
        double alpha = Math.sin(w) / (2 * q);
        double b0 = 1 + alpha * a, b1 = -2 * Math.cos(w), b2 = 1 - alpha * a;
        double a0 = 1 + alpha / a, a1 = -2 * Math.cos(w), a2 = 1 - alpha / a;
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double y = (b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;
            x2 = x1;
            x1 = x[i];
            y2 = y1;
            y1 = y;
            x[i] = (float) y;
        }
    }
}
