package org.synesthesia.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SceneAndAppearanceTest {

    @Test
    void randomScenesAreReproducibleVariedAndInRange() {
        assertEquals(Scene.random(new Random(5)), Scene.random(new Random(5)));
        Random rng = new Random(1);
        Set<Integer> walls = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Scene s = Scene.random(rng);
            walls.add(s.wallTop().getRGB());
            assertTrue(s.horizon() >= 0.5 && s.horizon() <= 0.75, "horizon " + s.horizon());
            assertTrue(s.brightness() >= 0.75 && s.brightness() <= 1.15, "brightness " + s.brightness());
            assertTrue(s.zoom() >= 0.85 && s.zoom() <= 1.1, "zoom " + s.zoom());
            assertTrue(Math.abs(s.warmth()) <= 1 && s.vignette() >= 0 && s.vignette() <= 0.5);
        }
        assertTrue(walls.size() > 150, "wall colours should vary, got " + walls.size() + " distinct");
    }

    @Test
    void randomLooksAreReproducibleVariedAndInRange() {
        assertEquals(Appearance.random(new Random(5)), Appearance.random(new Random(5)));
        assertNotEquals(Appearance.random(new Random(5)), Appearance.random(new Random(6)));
        Random rng = new Random(2);
        Set<Appearance.HairStyle> styles = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Appearance a = Appearance.random(rng);
            styles.add(a.hairStyle());
            assertTrue(a.size() >= 0.92 && a.size() <= 1.08, "size " + a.size());
            assertTrue(a.build() >= 0.9 && a.build() <= 1.15, "build " + a.build());
        }
        assertEquals(Appearance.HairStyle.values().length, styles.size());
    }

    @Test
    void rejectsSizesNoBodyHas() {
        assertThrows(IllegalArgumentException.class, () -> new Appearance(java.awt.Color.PINK, java.awt.Color.BLACK,
                Appearance.HairStyle.SHORT, java.awt.Color.BLACK, java.awt.Color.BLACK, false, 3.0, 1.0));
    }
}
