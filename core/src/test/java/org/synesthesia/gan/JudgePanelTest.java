package org.synesthesia.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.eval.JudgePanel;
import org.synesthesia.eval.Judges;
import org.synesthesia.io.BadInputException;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.ClassifierConfig;
import org.synesthesia.nn.ClassifierRun;
import org.synesthesia.nn.Encoding;
import org.synesthesia.progress.Progress;

/** Judges beside {@code image} as {@code image-2}, {@code image-3}, ... judge as one panel. */
class JudgePanelTest {

    @Test
    void aPanelAveragesItsJudgesProbabilitiesAndEmbedsWithTheFirst(@TempDir Path dir) throws Exception {
        Path pairs = CrossModalTest.store(dir);
        Path judges = dir.resolve("judges");
        judge(pairs, judges.resolve("image"), Encoding.IMAGE, 1);
        judge(pairs, judges.resolve("image-2"), Encoding.IMAGE, 2);
        judge(pairs, judges.resolve("image-4"), Encoding.IMAGE, 4);

        JudgePanel panel = Judges.in(judges).panel(true);
        assertEquals(2, panel.size(), "image-4 does not follow image-2");
        Classifier one = Classifier.load(judges.resolve("image"));
        Classifier two = Classifier.load(judges.resolve("image-2"));
        INDArray x = Nd4j.rand(panel.features().shape().batchShape(3)).muli(2).subi(1);
        float[] a = one.probabilities(x).data().asFloat();
        float[] b = two.probabilities(x).data().asFloat();
        float[] mean = new float[a.length];
        for (int i = 0; i < a.length; i++) mean[i] = (a[i] + b[i]) / 2;
        assertFalse(java.util.Arrays.equals(a, b), "two seeds, two judges");
        assertArrayEquals(mean, panel.probabilities(x).data().asFloat(), 1e-6f);
        assertArrayEquals(one.embed(x).data().asFloat(), panel.embed(x).data().asFloat(), 0f);
        assertTrue(panel.toString().contains("image-2"), panel.toString());

        judge(pairs, judges.resolve("image-3"), Encoding.LMS, 3);
        var e = assertThrows(BadInputException.class, () -> Judges.in(judges).panel(true));
        assertTrue(e.getMessage().contains("image-3 reads lms"), e.getMessage());
    }

    private static void judge(Path pairs, Path run, Encoding encoding, long seed) throws Exception {
        ClassifierRun.train(new ClassifierConfig(encoding, "judge", false, 1, 16, 4, 1, 8, 1e-3, false, seed, false, 100), pairs, run,
                Progress.NONE, s -> {});
    }
}
