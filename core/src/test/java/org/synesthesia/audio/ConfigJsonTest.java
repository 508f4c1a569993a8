package org.synesthesia.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synesthesia.io.Json;

/** Configs are stored as JSON beside every artifact, so each must round-trip through it unchanged. */
class ConfigJsonTest {

    @Test
    void configsRoundTripThroughJson() {
        String lms = Json.write(LmsConfig.DEFAULT);
        assertTrue(lms.replaceAll("\\s", "").contains("\"nMels\":128"), lms);
        assertEquals(LmsConfig.DEFAULT, Json.read(lms, LmsConfig.class));
        assertEquals(CqtConfig.DEFAULT, Json.read(Json.write(CqtConfig.DEFAULT), CqtConfig.class));
        assertEquals(WaveConfig.DEFAULT, Json.read(Json.write(WaveConfig.DEFAULT), WaveConfig.class));
        assertEquals(AudioConfig.DEFAULT, Json.read(Json.write(AudioConfig.DEFAULT), AudioConfig.class));
    }
}
