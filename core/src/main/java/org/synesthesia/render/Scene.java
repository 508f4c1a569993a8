package org.synesthesia.render;

import java.awt.Color;
import java.util.Random;

/**
 * The room and camera of one recording: background, lighting, framing.
 * (Contract stub: the renderer work fills in the fields it needs; {@link #random} stays.)
 */
public record Scene(Color background, double brightness, double zoom, double offsetX, double offsetY) {

    /** A random scene, reproducible from {@code rng}. */
    public static Scene random(Random rng) {
        return new Scene(new Color(rng.nextInt(0xFFFFFF)), 0.8 + 0.4 * rng.nextDouble(),
                0.9 + 0.2 * rng.nextDouble(), rng.nextGaussian() * 0.03, rng.nextGaussian() * 0.03);
    }
}
