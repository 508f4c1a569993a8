package org.synesthesia.render;

import java.awt.Color;
import java.util.Random;

/**
 * How one performer looks in one recording.
 * (Contract stub: the renderer work fills in the fields it needs; {@link #random} stays.)
 */
public record Appearance(Color skin, Color clothes, Color hair, double bodyScale) {

    /** A random look, reproducible from {@code rng}. */
    public static Appearance random(Random rng) {
        return new Appearance(new Color(rng.nextInt(0xFFFFFF)), new Color(rng.nextInt(0xFFFFFF)),
                new Color(rng.nextInt(0xFFFFFF)), 0.9 + 0.2 * rng.nextDouble());
    }
}
