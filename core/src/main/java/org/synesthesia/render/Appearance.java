package org.synesthesia.render;

import java.awt.Color;
import java.util.Random;

/**
 * How one performer looks in one recording.
 *
 * @param skin          skin colour
 * @param hair          hair colour
 * @param hairStyle     hair cut
 * @param top           shirt, jacket or dress colour
 * @param trousers      trousers or skirt colour
 * @param shortSleeves  whether the forearms show skin
 * @param size          body height relative to an average adult, about 0.92..1.08
 * @param build         body width relative to average, about 0.9..1.15
 */
public record Appearance(Color skin, Color hair, HairStyle hairStyle, Color top, Color trousers,
        boolean shortSleeves, double size, double build) {

    /** A hair cut the renderer can draw. */
    public enum HairStyle { SHORT, LONG, BUN, CURLY, BALD }

    public Appearance {
        if (!(size >= 0.7 && size <= 1.3)) throw new IllegalArgumentException("size must be in [0.7, 1.3], got " + size);
        if (!(build >= 0.7 && build <= 1.4)) throw new IllegalArgumentException("build must be in [0.7, 1.4], got " + build);
    }

    /** An average performer in concert black, for tests and previews. */
    public static Appearance plain() {
        return new Appearance(new Color(0xD9A883), new Color(0x3A2A1E), HairStyle.SHORT, new Color(0x26262A),
                new Color(0x1C1C20), false, 1.0, 1.0);
    }

    /** A random look, reproducible from {@code rng}. */
    public static Appearance random(Random rng) {
        // Skin tones along the natural light-to-dark range, with a little hue jitter.
        double t = rng.nextDouble();
        Color skin = mix(new Color(0xF3D6C0), new Color(0x4A2E20), t, rng, 10);
        Color[] hairs = {new Color(0x141010), new Color(0x3A2618), new Color(0x6B4A2A), new Color(0xC8A060),
                new Color(0x8A3A1A), new Color(0x9A9A9A), new Color(0xE0D8C8)};
        Color hair = mix(hairs[rng.nextInt(hairs.length)], Color.BLACK, 0.15 * rng.nextDouble(), rng, 8);
        HairStyle style = HairStyle.values()[rng.nextInt(HairStyle.values().length)];
        // Half the players wear concert black; the others anything.
        Color top = rng.nextBoolean()
                ? mix(new Color(0x1A1A1E), Color.WHITE, 0.12 * rng.nextDouble(), rng, 6)
                : Color.getHSBColor(rng.nextFloat(), 0.15f + 0.7f * rng.nextFloat(), 0.25f + 0.7f * rng.nextFloat());
        Color trousers = rng.nextDouble() < 0.7
                ? mix(new Color(0x18181C), Color.WHITE, 0.1 * rng.nextDouble(), rng, 6)
                : Color.getHSBColor(rng.nextFloat(), 0.1f + 0.5f * rng.nextFloat(), 0.2f + 0.5f * rng.nextFloat());
        return new Appearance(skin, hair, style, top, trousers, rng.nextDouble() < 0.3,
                0.92 + 0.16 * rng.nextDouble(), 0.9 + 0.25 * rng.nextDouble());
    }

    private static Color mix(Color a, Color b, double t, Random rng, int jitter) {
        return new Color(channel(a.getRed(), b.getRed(), t, rng, jitter), channel(a.getGreen(), b.getGreen(), t, rng, jitter),
                channel(a.getBlue(), b.getBlue(), t, rng, jitter));
    }

    private static int channel(int a, int b, double t, Random rng, int jitter) {
        int v = (int) Math.round(a + (b - a) * t) + rng.nextInt(2 * jitter + 1) - jitter;
        return Math.max(0, Math.min(255, v));
    }
}
