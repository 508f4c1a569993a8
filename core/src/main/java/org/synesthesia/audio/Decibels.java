package org.synesthesia.audio;

/**
 * Decibel conversion and the fixed mapping of a decibel range onto [-1, 1], the range the
 * generators emit. The mapping is fixed per config (never per chunk) so that levels stay comparable
 * across chunks and the inverse needs no side information.
 */
public final class Decibels {

    private Decibels() {}

    /** {@code 10 log10(max(power, floor))}, elementwise, in place-free form. */
    public static float[][] fromPower(float[][] power, double floor) {
        float[][] out = new float[power.length][power[0].length];
        for (int i = 0; i < power.length; i++) {
            for (int j = 0; j < power[i].length; j++) out[i][j] = (float) (10 * Math.log10(Math.max(power[i][j], floor)));
        }
        return out;
    }

    /** {@code 10^(db/10)}, elementwise. */
    public static float[][] toPower(float[][] db) {
        float[][] out = new float[db.length][db[0].length];
        for (int i = 0; i < db.length; i++) {
            for (int j = 0; j < db[i].length; j++) out[i][j] = (float) Math.pow(10, db[i][j] / 10.0);
        }
        return out;
    }

    /** Maps [minDb, maxDb] linearly onto [-1, 1], clipping values outside. */
    public static float[][] toUnit(float[][] db, double minDb, double maxDb) {
        float[][] out = new float[db.length][db[0].length];
        double scale = 2 / (maxDb - minDb);
        for (int i = 0; i < db.length; i++) {
            for (int j = 0; j < db[i].length; j++) {
                double v = (db[i][j] - minDb) * scale - 1;
                out[i][j] = (float) Math.max(-1, Math.min(1, v));
            }
        }
        return out;
    }

    /** The inverse of {@link #toUnit} for values in [-1, 1] (values outside are clipped first). */
    public static float[][] fromUnit(float[][] unit, double minDb, double maxDb) {
        float[][] out = new float[unit.length][unit[0].length];
        double scale = (maxDb - minDb) / 2;
        for (int i = 0; i < unit.length; i++) {
            for (int j = 0; j < unit[i].length; j++) {
                double v = Math.max(-1, Math.min(1, unit[i][j]));
                out[i][j] = (float) ((v + 1) * scale + minDb);
            }
        }
        return out;
    }
}
