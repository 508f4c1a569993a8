package org.synesthesia.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.synesthesia.workflows.dataset.DatasetSpec;

class DatasetSpecTest {

    @Test
    void thePoseJudgesPicturesAreDrawnAtTheirOwnPresetWithTheNextSeeds() throws Exception {
        DatasetSpec spec = new ObjectMapper().readValue("""
                {"preset": "medium", "seed": 3, "posesPreset": "xlarge", "imageSize": 128, "splitSeed": 9}""", DatasetSpec.class);
        DatasetSpec drawn = spec.drawnPoses();
        assertEquals("played", spec.poses());
        assertEquals("drawn", drawn.poses());
        assertEquals("xlarge", drawn.preset());
        assertEquals(4L, drawn.seed());
        assertEquals(10L, drawn.splitSeed());
        assertEquals(128, drawn.imageSize());
        assertNull(drawn.source(), "synthesized, whatever the experiment's own source");
    }

    @Test
    void byDefaultTheyAreDrawnAtTheExperimentsPreset() {
        assertEquals("small", DatasetSpec.synthesized("small", 1).drawnPoses().preset());
        assertEquals("tiny", DatasetSpec.existing("/data/URMP", "urmp").drawnPoses().preset(), "a real source's default preset");
    }
}
