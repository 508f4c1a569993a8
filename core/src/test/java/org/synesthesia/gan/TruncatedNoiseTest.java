package org.synesthesia.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** G's noise, plain and truncated (BigGAN's truncation trick). */
class TruncatedNoiseTest {

    @Test
    void truncatedNoiseStaysWithinItsBoundWithATruncatedNormalsSpread() {
        float[] z = ConditionalGenerator.noise(new Random(3), 400, 64, 1.0).data().asFloat();
        double sum = 0, squares = 0;
        for (float v : z) {
            assertTrue(Math.abs(v) <= 1.0, "every component lies within the bound: " + v);
            sum += v;
            squares += v * v;
        }
        double mean = sum / z.length;
        // a standard normal truncated at +-1 has standard deviation sqrt(1 - 2 phi(1) / (2 Phi(1) - 1)) = 0.5396
        assertEquals(0.5396, Math.sqrt(squares / z.length - mean * mean), 0.005, "drawn again beyond the bound, not clipped to it");
        assertEquals(0, mean, 0.01);
    }

    @Test
    void noTruncationIsThePlainNormal() {
        assertEquals(ConditionalGenerator.noise(new Random(5), 8, 16), ConditionalGenerator.noise(new Random(5), 8, 16, 0));
    }

    @Test
    void aTruncationIsNoneOrAMagnitudeWorthDrawingFor() {
        GanConfig c = GanConfig.defaults(Direction.S2I);
        assertEquals(0.7, c.with(Map.of("truncation", "0.7")).truncation());
        assertEquals(0, c.with(Map.of("truncation", "0")).truncation());
        assertThrows(IllegalArgumentException.class, () -> c.with(Map.of("truncation", "-1")));
        assertThrows(IllegalArgumentException.class, () -> c.with(Map.of("truncation", "0.01")), "most draws would be drawn again");
    }
}
