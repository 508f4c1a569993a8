package org.synesthesia.render;

import java.awt.Color;
import java.util.Random;

/**
 * The room, light and camera of one recording. Every player's tile shows the same room.
 *
 * @param wallTop     wall colour at the top of the frame
 * @param wallBottom  wall colour where the wall meets the floor
 * @param floor       floor colour
 * @param horizon     where the wall meets the floor, as a fraction of the frame height from the top
 * @param wainscot    height of the darker wall panel above the floor, as a fraction of the frame height (0: none)
 * @param chair       colour of the chairs and stools
 * @param standSide   where a music stand stands behind each player: -1 left, 1 right, 0 none
 * @param picture     whether a framed picture hangs on the wall
 * @param brightness  light level multiplying every colour, about 0.75..1.15
 * @param warmth      colour temperature, -1 cool (blue) .. 1 warm (orange)
 * @param vignette    darkening of each tile's corners, 0..1
 * @param zoom        camera zoom around the default framing, about 0.85..1.1
 * @param offsetX     camera offset as a fraction of the tile width (positive: player to the right)
 * @param offsetY     camera offset as a fraction of the frame height (positive: player lower)
 */
public record Scene(Color wallTop, Color wallBottom, Color floor, double horizon, double wainscot, Color chair,
        int standSide, boolean picture, double brightness, double warmth, double vignette,
        double zoom, double offsetX, double offsetY) {

    public Scene {
        if (standSide < -1 || standSide > 1) throw new IllegalArgumentException("standSide must be -1, 0 or 1, got " + standSide);
        if (!(zoom > 0)) throw new IllegalArgumentException("zoom must be positive, got " + zoom);
    }

    /** A plain grey studio with neutral light and the default framing, for tests and previews. */
    public static Scene plain() {
        return new Scene(new Color(0xB8B8B0), new Color(0x9A9A92), new Color(0x6B5A48), 0.62, 0.0,
                new Color(0x303030), 0, false, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    }

    /** A random scene, reproducible from {@code rng}. */
    public static Scene random(Random rng) {
        float hue = rng.nextFloat();
        float sat = 0.05f + 0.35f * rng.nextFloat();
        float light = 0.35f + 0.55f * rng.nextFloat();
        Color top = Color.getHSBColor(hue, sat, light);
        Color bottom = Color.getHSBColor(hue + 0.04f * (float) rng.nextGaussian(), sat * (0.7f + 0.6f * rng.nextFloat()),
                light * (0.7f + 0.25f * rng.nextFloat()));
        Color[] floors = {new Color(0x7A5634), new Color(0x5C4430), new Color(0x8C7B6A), new Color(0x4A4A50),
                new Color(0x6E2F2A), new Color(0x2F3A4A), new Color(0xA08B6B)};
        Color floor = jitter(floors[rng.nextInt(floors.length)], rng, 20);
        Color[] chairs = {new Color(0x1E1E1E), new Color(0x4B2E1A), new Color(0x6A6A6A), new Color(0x5A1E1E),
                new Color(0x20304A), new Color(0x8A6A40)};
        Color chair = jitter(chairs[rng.nextInt(chairs.length)], rng, 12);
        double horizon = 0.5 + 0.25 * rng.nextDouble();
        double wainscot = rng.nextDouble() < 0.4 ? 0.06 + 0.12 * rng.nextDouble() : 0.0;
        int standSide = rng.nextInt(3) - 1;
        boolean picture = rng.nextDouble() < 0.35;
        return new Scene(top, bottom, floor, horizon, wainscot, chair, standSide, picture,
                0.75 + 0.4 * rng.nextDouble(), 2 * rng.nextDouble() - 1, 0.5 * rng.nextDouble(),
                0.85 + 0.25 * rng.nextDouble(), 0.06 * (2 * rng.nextDouble() - 1), 0.03 * (2 * rng.nextDouble() - 1));
    }

    private static Color jitter(Color c, Random rng, int amount) {
        return new Color(clamp(c.getRed() + rng.nextInt(2 * amount + 1) - amount),
                clamp(c.getGreen() + rng.nextInt(2 * amount + 1) - amount),
                clamp(c.getBlue() + rng.nextInt(2 * amount + 1) - amount));
    }

    private static int clamp(int v) { return Math.max(0, Math.min(255, v)); }
}
