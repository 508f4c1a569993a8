package org.synesthesia.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.audio.AudioFiles;
import org.synesthesia.audio.WavWriter;
import org.synesthesia.image.Images;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.nn.ClassifierConfig;
import org.synesthesia.nn.ClassifierRun;
import org.synesthesia.nn.Encoding;
import org.synesthesia.pairs.Pair;
import org.synesthesia.pairs.Split;
import org.synesthesia.pairs.TestStores;
import org.synesthesia.progress.Progress;

/** Both directions from a pair store and a frozen encoder to files, on a tiny store made here. */
class CrossModalTest {

    static final int SIZE = 64;
    static final int RATE = 22050;
    static final int CHUNK = 11025;

    /** Violins sing at 440 Hz in a red square on the left; cellos at 131 Hz in a blue one on the right. */
    static Pair pair(int n) {
        boolean violin = n % 2 == 0;
        byte[] img = new byte[SIZE * SIZE * 3];
        for (int y = 16; y < 48; y++) {
            for (int x = violin ? 4 : 36; x < (violin ? 28 : 60); x++) img[(y * SIZE + x) * 3 + (violin ? 0 : 2)] = (byte) 220;
        }
        float[] wave = new float[CHUNK];
        for (int k = 0; k < CHUNK; k++) wave[k] = (float) (0.3 * Math.sin(2 * Math.PI * (violin ? 440 : 131) * k / RATE + n));
        return new Pair(img, Pair.toPcm16(wave, 0, CHUNK), violin ? Instrument.VIOLIN : Instrument.CELLO, n < 12 ? Split.TRAIN : Split.TEST,
                null, violin ? 440f : 131f, true, "01_Duet_vn_vc", 1 + n % 2, "AuSep.wav", n * 0.5, -1);
    }

    static Path store(Path dir) throws Exception {
        List<Pair> pairs = new ArrayList<>();
        for (int n = 0; n < 16; n++) pairs.add(pair(n));
        return TestStores.write(dir.resolve("pairs"), pairs, SIZE, RATE, CHUNK);
    }

    static Path encoder(Path dir, Path pairs, Encoding e) throws Exception {
        return encoder(dir.resolve("enc-" + e.id()), pairs, e, 1);
    }

    static Path encoder(Path run, Path pairs, Encoding e, long seed) throws Exception {
        ClassifierRun.train(new ClassifierConfig(e, "encoder", false, 1, 16, 4, 1, 8, 1e-3, false, seed, false, 100), pairs, run, Progress.NONE, s -> {});
        return run;
    }

    static GanConfig tiny(Direction d, Encoding e) {
        return GanConfig.defaults(d).with(Map.of("encoder", e.name(), "steps", "2", "checkpointEvery", "2", "batchSize", "4",
                "gWidth", "4", "dWidth", "4", "noiseSize", "8", "sampleEvery", "0"));
    }

    @Test
    void soundToImageFromAFileOfThreeChunks(@TempDir Path dir) throws Exception {
        Path pairs = store(dir);
        Path enc = encoder(dir, pairs, Encoding.LMS);
        Path run = dir.resolve("s2i");
        GanConfig c = tiny(Direction.S2I, Encoding.LMS);
        GanRun.train(c, pairs, enc, run, false, Progress.NONE, s -> {});
        var conditions = PairConditions.of(org.synesthesia.pairs.PairStore.open(pairs), new int[] {0, 1, 2}, Direction.S2I,
                org.synesthesia.nn.Classifier.load(enc), org.synesthesia.audio.LmsConfig.DEFAULT, Progress.NONE);
        for (int i = 0; i < conditions.size(); i++) {
            float[] row = conditions.condition(i);
            double ss = 0;
            for (float v : row) ss += v * v;
            assertEquals(1.0, Math.sqrt(ss / row.length), 1e-3, "conditions have the noise's scale: RMS 1");
        }
        assertThrows(BadInputException.class, () -> GanRun.train(c, pairs, enc, run, false, Progress.NONE, s -> {}), "a finished run is not silently retrained");

        GanConfig asked = GanConfig.defaults(Direction.S2I).with(Map.of("encoder", "WAVE", "imageSize", "128"));
        GanConfig fitted = GanRun.fitInputs(asked, Set.of(), pairs, enc, false);
        assertEquals(Encoding.LMS, fitted.encoder(), "the encoding follows the encoder run");
        assertEquals(SIZE, fitted.imageSize(), "the image size follows the pair store");
        GanConfig guided = GanRun.fitInputs(asked, Set.of(), pairs, enc, true);
        assertEquals(PoseGuide.DEFAULT_WEIGHT, guided.poseWeight());
        assertEquals(PoseGuide.DEFAULT_WARMUP_STEPS, guided.poseWarmupSteps(), "a guide from the first step is warmed up");
        assertEquals(0, fitted.poseWarmupSteps(), "an unguided run has nothing to warm up");
        assertEquals(200, GanRun.fitInputs(asked.with(Map.of("poseWarmupSteps", "200")), Set.of("poseWarmupSteps"), pairs, enc, true).poseWarmupSteps(),
                "a warm-up the caller gave is kept");
        GanConfig given = GanRun.fitInputs(asked, Set.of("encoder"), pairs, enc, false);
        assertEquals(Encoding.WAVE, given.encoder(), "a setting the caller gave is kept");
        assertThrows(BadInputException.class, () -> GanRun.train(given, pairs, enc, dir.resolve("wave"), false, Progress.NONE, s -> {}),
                "and refused where the encoder run contradicts it");

        float[] sound = new float[CHUNK * 3 + 100];
        for (int k = 0; k < sound.length; k++) sound[k] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * k / RATE));
        Path wav = dir.resolve("violin.wav");
        WavWriter.writeMono(wav, sound, RATE, 16);
        Path png = dir.resolve("out.png");
        CrossModal model = CrossModal.load(run);
        assertEquals(3, model.soundToImage(wav, 2, 5, png), "three whole chunks; the rest is too short for one");
        BufferedImage img = Images.read(png);
        assertEquals(2 * SIZE, img.getWidth(), "a column per sample");
        assertEquals(3 * SIZE, img.getHeight(), "a row per chunk");
        assertThrows(BadInputException.class, () -> model.imageToSound(png, 1, 0, dir.resolve("x.wav")));
    }

    @Test
    void aFinishedRunResumedWithMoreStepsEndsWhereOneLongerRunDoes(@TempDir Path dir) throws Exception {
        Path pairs = store(dir);
        Path enc = encoder(dir, pairs, Encoding.LMS);
        GanConfig two = tiny(Direction.S2I, Encoding.LMS);
        GanConfig four = two.with(Map.of("steps", "4"));
        Path extended = dir.resolve("extended");
        GanRun.train(two, pairs, enc, extended, false, Progress.NONE, s -> {});
        assertEquals(4, GanRun.train(four, pairs, enc, extended, true, Progress.NONE, s -> {}).step());
        Path whole = dir.resolve("whole");
        GanRun.train(four, pairs, enc, whole, false, Progress.NONE, s -> {});
        var conditions = org.nd4j.linalg.factory.Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 3,
                ConditionalGenerator.load(whole).release().conditionSize());
        assertEquals(ConditionalGenerator.load(whole).generate(conditions, 7, 2), ConditionalGenerator.load(extended).generate(conditions, 7, 2),
                "extending a run from its checkpoint must give the generator of one run to the new length");

        assertThrows(BadInputException.class, () -> GanRun.train(four.with(Map.of("lrG", "1e-3")), pairs, enc, extended, true, Progress.NONE, s -> {}),
                "only the step count may change on resume");
        GanRun.train(four.with(Map.of("steps", "6", "truncation", "0.5")), pairs, enc, extended, true, Progress.NONE, s -> {});
        ConditionalGenerator truncated = ConditionalGenerator.load(extended);
        assertEquals(0.5, truncated.release().config().truncation(), "and the release's truncation, which only changes sampling");
        assertEquals(truncated.withTruncation(0).withTruncation(1000).generate(conditions, 7, 2), truncated.withTruncation(0).generate(conditions, 7, 2),
                "no normal draw reaches 1000, so truncating there changes nothing");
        assertTrue(!truncated.generate(conditions, 7, 2).equals(truncated.withTruncation(0).generate(conditions, 7, 2)),
                "truncated at 0.5, the same seed gives other samples");
        assertThrows(IllegalArgumentException.class, () -> truncated.withTruncation(0.05));
        assertThrows(BadInputException.class, () -> GanRun.train(two, pairs, enc, extended, true, Progress.NONE, s -> {}),
                "a run cannot be resumed to fewer steps than it has done");
    }

    @Test
    void aRunGoesOnOnlyOnTheEncoderItWasTrainedOn(@TempDir Path dir) throws Exception {
        Path pairs = store(dir);
        Path enc = encoder(dir, pairs, Encoding.LMS);
        Path other = encoder(dir.resolve("enc-other"), pairs, Encoding.LMS, 2);
        GanConfig two = tiny(Direction.S2I, Encoding.LMS);
        GanConfig four = two.with(Map.of("steps", "4"));
        Path run = dir.resolve("s2i");
        GanRun.train(two, pairs, enc, run, false, Progress.NONE, s -> {});
        Path moved = dir.resolve("moved-enc");
        java.nio.file.Files.move(enc, moved);
        assertEquals(2, GanRun.train(two, pairs, moved, null, run, dir.resolve("from-moved"), false, Progress.NONE, s -> {}).step(),
                "the same weights in another folder are the same encoder");
        assertThrows(BadInputException.class, () -> GanRun.train(two, pairs, other, null, run, dir.resolve("from-other"), false, Progress.NONE, s -> {}),
                "--from on another encoder of the same size is refused");
        assertThrows(BadInputException.class, () -> GanRun.train(four, pairs, other, run, true, Progress.NONE, s -> {}),
                "so is --resume");

        // a release written before fingerprints were recorded: the weights at its encoder path decide
        Path release = run.resolve(ConditionalGenerator.CONFIG);
        var json = (com.fasterxml.jackson.databind.node.ObjectNode) org.synesthesia.io.Json.MAPPER.readTree(release.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("origin")).remove("encoderFingerprint");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("origin")).put("encoderRun", moved.toString());
        org.synesthesia.io.Json.MAPPER.writeValue(release.toFile(), json);
        assertThrows(BadInputException.class, () -> GanRun.train(two, pairs, other, null, run, dir.resolve("old-other"), false, Progress.NONE, s -> {}),
                "an old release is checked against the encoder still at its recorded path");
        assertEquals(4, GanRun.train(four, pairs, moved, run, true, Progress.NONE, s -> {}).step(), "and goes on on that one");
    }

    @Test
    void imageToSoundOfAboutTheAskedLength(@TempDir Path dir) throws Exception {
        Path pairs = store(dir);
        Path enc = encoder(dir, pairs, Encoding.IMAGE);
        Path run = dir.resolve("i2s");
        GanRun.train(tiny(Direction.I2S, Encoding.IMAGE), pairs, enc, run, false, Progress.NONE, s -> {});
        ConditionalGenerator.Release r = ConditionalGenerator.load(run).release();
        assertEquals(List.of(1, 128, 44), List.of(r.channels(), r.height(), r.width()));
        Path image = dir.resolve("frame.png");
        Images.writePng(image, Images.fromChw(new float[3 * SIZE * SIZE], SIZE, SIZE));
        Path wav = dir.resolve("out.wav");
        double seconds = CrossModal.load(run).imageToSound(image, 1.2, 3, wav);
        assertEquals(1.5, seconds, 1e-9, "rounded up to whole chunks");
        float[] back = AudioFiles.readMono(wav, RATE);
        assertEquals(3 * CHUNK, back.length);
        for (float v : back) assertTrue(Float.isFinite(v));
    }
}
