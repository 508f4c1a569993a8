package org.synesthesia.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.image.Images;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;

class StudySourcesTest {

    @Test
    void aGanRunsEvaluatedExamplesBecomeItemsGroupedByTheirPair(@TempDir Path run) throws Exception {
        Images.writePng(run.resolve("eval/images/vn/generated-000012-z1.png"), new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB));
        Images.writePng(run.resolve("eval/images/vn/real-000012.png"), new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB));
        Images.writePng(run.resolve("eval/images/tba/generated-000003-z0.png"), new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB));
        List<StudyItem> items = StudySources.generatedOfRun(run, "s2i");
        assertEquals(2, items.size(), "only generated examples");
        StudyItem tuba = items.get(0);
        assertEquals(Instrument.TUBA, tuba.instrument());
        assertEquals("pair-000003", tuba.group());
        assertEquals("pair-000003-z0", StudySources.sampleKey(tuba.file()), "the name the judge's prediction carries");
        assertEquals("vn_0001.png", StudySources.sampleKey(Path.of("x/vn_0001.png")));
    }

    @Test
    void aRunThatWasNotEvaluatedIsRefusedWithAHint(@TempDir Path run) throws Exception {
        Files.createDirectories(run.resolve("eval"));
        BadInputException e = assertThrows(BadInputException.class, () -> StudySources.generatedOfRun(run, "s2i"));
        assertEquals(true, e.getMessage().contains("evaluate the GAN run first"));
    }
}
