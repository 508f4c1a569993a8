package org.synesthesia.activities.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.progress.Progress;
import org.synesthesia.synth.DatasetSynthesizer;
import org.synesthesia.synth.SynthConfig;
import org.synesthesia.workflows.dataset.DatasetSpec;

class CoreDatasetStepsTest {

    @TempDir Path dir;

    @Test
    void drawnPosesAreSynthesizedForTheInstrumentsThatShowABowOrASlide() throws Exception {
        DatasetSpec spec = DatasetSpec.synthesized("tiny", 4).drawnPoses();
        new CoreDatasetSteps().synthesize(spec, dir, Progress.NONE);

        SynthConfig made = Json.readFile(dir.resolve(DatasetSynthesizer.MANIFEST), DatasetSynthesizer.Manifest.class).config();
        assertEquals(SynthConfig.Poses.DRAWN, made.poses());
        assertEquals(5L, made.seed(), "another seed than the played pairs'");
        List<Instrument> five = List.of(Instrument.VIOLIN, Instrument.VIOLA, Instrument.CELLO, Instrument.DOUBLE_BASS, Instrument.TROMBONE);
        assertEquals(five, made.instruments());
        try (Stream<Path> pieces = Files.list(dir)) {
            List<String> folders = pieces.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
            assertEquals(6, folders.size(), "five solos and the violin-cello duet: " + folders);
            assertTrue(folders.stream().allMatch(f -> five.stream().anyMatch(i -> f.endsWith("_" + i.code()) || f.contains("_" + i.code() + "_"))), folders.toString());
        }
    }

    @Test
    void unknownPosesAreBadInput() {
        DatasetSpec spec = new DatasetSpec(null, "tiny", 1L, null, null, null, null, null, null, "sideways", null);
        BadInputException e = assertThrows(BadInputException.class, () -> new CoreDatasetSteps().synthesize(spec, dir, Progress.NONE));
        assertTrue(e.getMessage().contains("'sideways'"), e.getMessage());
    }
}
