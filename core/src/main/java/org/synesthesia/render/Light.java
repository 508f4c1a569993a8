package org.synesthesia.render;

import java.awt.Color;

/** The scene's light applied to surface colours: brightness and colour temperature. */
record Light(double brightness, double warmth) {

    static Light of(Scene scene) { return new Light(scene.brightness(), scene.warmth()); }

    /** The colour a surface of colour {@code rgb} shows under this light. */
    Color on(int rgb) { return on(new Color(rgb)); }

    /** The colour a surface of colour {@code c} shows under this light, keeping its alpha. */
    Color on(Color c) {
        double w = 0.12 * warmth;
        return new Color(clamp(c.getRed() * brightness * (1 + w)), clamp(c.getGreen() * brightness * (1 + 0.15 * w)),
                clamp(c.getBlue() * brightness * (1 - w)), c.getAlpha());
    }

    /** A darker or lighter shade of an already lit colour ({@code f} < 1 darkens). */
    static Color shade(Color c, double f) {
        return new Color(clamp(c.getRed() * f), clamp(c.getGreen() * f), clamp(c.getBlue() * f), c.getAlpha());
    }

    private static int clamp(double v) { return (int) Math.max(0, Math.min(255, Math.round(v))); }
}
