package org.synesthesia.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;
import org.synesthesia.io.BadInputException;
import org.synesthesia.pairs.Pair;
import org.synesthesia.pairs.Split;
import org.synesthesia.pairs.TestStores;
import org.synesthesia.progress.Progress;

class ClassifierRunTest {
    private static final int SIZE = 16, RATE = 8000, CHUNK = 4000;

    private static Path store(Path dir, List<Instrument> instruments) throws Exception {
        List<Pair> pairs = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            Instrument in = instruments.get(n % instruments.size());
            byte[] img = new byte[SIZE * SIZE * 3];
            for (int i = 0; i < img.length; i++) img[i] = (byte) ((i * 7 + n * 13 + in.index() * 29) & 0xff);
            // one pair in five has no pose, as where a source gives none
            Pose pose = n % 5 == 4 ? null : new Pose((n % 10) / 10.0, 0.5, 0, (n % 3) / 3.0);
            pairs.add(new Pair(img, new short[CHUNK], in, n % 4 == 0 ? Split.TEST : Split.TRAIN, pose, 440f, false,
                    "01_Piece", 1, "AuSep.wav", n * 0.5, n));
        }
        return TestStores.write(dir.resolve("pairs"), pairs, SIZE, RATE, CHUNK);
    }

    private static ClassifierConfig pose() {
        return new ClassifierConfig(Encoding.IMAGE, "pose", false, 1, 8, 2, 1, 8, 1e-3, true, 3, false, 100);
    }

    @Test
    void thePoseRegressorLearnsAndIsJudgedOnlyOnPosedPairsOfTheBowedStringsAndTrombone(@TempDir Path dir) throws Exception {
        // violin, flute, trombone, trumpet in turn: n % 4 == 0 are the test pairs, all violins
        Path pairs = store(dir, List.of(Instrument.VIOLIN, Instrument.FLUTE, Instrument.TROMBONE, Instrument.TRUMPET));
        ClassifierRun.Record r = ClassifierRun.train(pose(), pairs, dir.resolve("run"), Progress.NONE, s -> {});
        // train: n % 4 in {1, 2, 3}, of which only the trombones (n % 4 == 2) count, less those without a pose
        long trainTrombones = java.util.stream.IntStream.range(0, 40).filter(n -> n % 4 == 2 && n % 5 != 4).count();
        long testViolins = java.util.stream.IntStream.range(0, 40).filter(n -> n % 4 == 0 && n % 5 != 4).count();
        assertEquals(trainTrombones, r.train().examples());
        assertEquals(testViolins, r.test().examples());
        assertEquals((trainTrombones + 7) / 8, r.steps(), "one epoch of batches of 8 over the trombones alone");
    }

    @Test
    void aStoreWithoutThemIsAOneLineError(@TempDir Path dir) throws Exception {
        Path pairs = store(dir, List.of(Instrument.FLUTE, Instrument.TRUMPET));
        var e = assertThrows(BadInputException.class, () -> ClassifierRun.train(pose(), pairs, dir.resolve("run"), Progress.NONE, s -> {}));
        assertEquals(pairs + ": no training pairs of a bowed string or the trombone with pose labels", e.getMessage());
    }
}
