package org.synesthesia.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.synesthesia.audio.WavWriter;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.Json;
import org.synesthesia.metrics.EvaluationInputs;
import org.synesthesia.metrics.JudgeSettings;
import org.synesthesia.metrics.MetricRegistry;
import org.synesthesia.metrics.MetricResult;
import org.synesthesia.nn.ClassifierConfig;
import org.synesthesia.nn.ClassifierEvaluation;
import org.synesthesia.nn.ClassifierRun;
import org.synesthesia.nn.Encoding;
import org.synesthesia.nn.FeatureSpec;

/** Run folders made on the fly, laid out as the classifier and GAN runs write them. */
public final class ToyRuns {

    private ToyRuns() {}

    /** A classifier run: {@code classifier.json} with a test evaluation and its confusion matrix. */
    public static Path classifier(Path dir, Encoding encoding) throws IOException {
        Path run = dir.resolve("judge-" + encoding.id());
        Files.createDirectories(run);
        int n = Instrument.count();
        int[][] confusion = new int[n][n];
        Random r = new Random(encoding.ordinal());
        int correct = 0, total = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 20; k++) {
                int guess = r.nextDouble() < 0.8 ? i : r.nextInt(n);
                confusion[i][guess]++;
                if (guess == i) correct++;
                total++;
            }
        }
        double[] per = new double[n];
        for (int i = 0; i < n; i++) per[i] = confusion[i][i] / 20.0;
        ClassifierEvaluation eval = new ClassifierEvaluation(total, (double) correct / total, per, confusion, null);
        List<String> codes = Arrays.stream(Instrument.values()).map(Instrument::code).toList();
        ClassifierRun.Record record = new ClassifierRun.Record(ClassifierConfig.defaults(encoding, "judge"),
                FeatureSpec.of(encoding, 22050, 11025, 64), codes, "/data/pairs", 1200, 95.5, eval, null, null);
        Json.writeFile(run.resolve(ClassifierRun.RECORD), record);
        return run;
    }

    /**
     * An evaluated S2I GAN run: {@code gan.json}, {@code metrics.json} from the real metrics over
     * toy features, a training log, sample grids, and held-out images and sounds for two instruments.
     */
    public static Path s2i(Path dir, String encoder) throws IOException {
        Path run = dir.resolve("s2i-" + encoder);
        Files.createDirectories(run);
        Files.writeString(run.resolve("gan.json"), """
                {"config": {"direction": "S2I", "imageSize": 64, "conditioning": "CONCAT", "encoder": "%s",
                 "noiseSize": 64, "steps": 400, "batchSize": 32, "seed": 1}, "channels": 3, "height": 64, "width": 64,
                 "conditionSize": 128, "step": 400}
                """.formatted(encoder.toUpperCase(java.util.Locale.ROOT)));
        org.synesthesia.metrics.RunMetrics.write(run, metrics(encoder.hashCode()));
        int[][] confusion = new int[13][13];
        for (int i = 0; i < 13; i++) { confusion[i][i] = 8; confusion[i][(i + 1) % 13] = 2; }
        List<String> codes = Arrays.stream(Instrument.values()).map(Instrument::code).toList();
        Json.writeFile(run.resolve("confusions.json"), List.of(new ReportRun.Confusion("judge on generated images", codes, confusion)));
        StringBuilder log = new StringBuilder();
        for (int step = 0; step <= 400; step += 20) {
            log.append(String.format(java.util.Locale.ROOT, "{\"step\": %d, \"d_loss\": %.4f, \"g_loss\": %.4f}%n",
                    step, 1.4 * Math.exp(-step / 200.0) + 0.3, 0.7 + step / 400.0));
        }
        log.append("{\"step\": 42"); // a torn last line, as a killed run leaves
        Files.writeString(run.resolve("train.jsonl"), log.toString());
        writePng(run.resolve("samples").resolve("step-00000200.png"), 128, Color.DARK_GRAY, 1);
        writePng(run.resolve("samples").resolve("step-00000400.png"), 128, Color.GRAY, 2);
        for (Instrument i : List.of(Instrument.VIOLIN, Instrument.TRUMPET)) {
            Path images = run.resolve("eval").resolve("images").resolve(i.code());
            Path sounds = run.resolve("eval").resolve("sounds").resolve(i.code());
            for (int k = 0; k < 3; k++) {
                writePng(images.resolve("real-" + k + ".png"), 64, new Color(40 + 60 * k, 90, 160), k);
                writePng(images.resolve("generated-" + k + ".png"), 64, new Color(160, 90, 40 + 60 * k), k + 7);
            }
            Files.createDirectories(sounds);
            WavWriter.writeMono(sounds.resolve("real-0.wav"), tone(440 * (1 + i.ordinal() / 12.0), 22050, 0.5, 0), 22050, 16);
            WavWriter.writeMono(sounds.resolve("generated-0.wav"), tone(440 * (1 + i.ordinal() / 12.0), 22050, 0.5, 0.05), 22050, 16);
        }
        return run;
    }

    /** The registry's results over toy features where generated samples are a noisier copy of the real ones. */
    static List<MetricResult> metrics(long seed) {
        Random r = new Random(seed);
        int n = 130, d = 16;
        float[][] real = new float[n][d], gen = new float[n][d], realScores = new float[n][13], genScores = new float[n][13];
        float[][] truePoses = new float[n][4], readPoses = new float[n][4];
        int[] instruments = new int[n], conditions = new int[n];
        for (int i = 0; i < n; i++) {
            instruments[i] = i % 13;
            conditions[i] = i / 2;
            for (int j = 0; j < d; j++) {
                real[i][j] = (float) (r.nextGaussian() + (j == instruments[i] ? 3 : 0));
                gen[i][j] = real[i][j] + (float) (0.5 * r.nextGaussian());
            }
            for (int c = 0; c < 13; c++) {
                realScores[i][c] = real[i][c];
                genScores[i][c] = gen[i][c];
            }
            for (int j = 0; j < 4; j++) {
                truePoses[i][j] = r.nextFloat();
                readPoses[i][j] = Math.min(1, Math.max(0, truePoses[i][j] + 0.1f * (float) r.nextGaussian()));
            }
        }
        // the encoder names every fifth condition wrongly
        int[] named = new int[n / 2];
        for (int m = 0; m < named.length; m++) named[m] = m % 5 == 0 ? (instruments[2 * m] + 1) % 13 : instruments[2 * m];
        EvaluationInputs in = EvaluationInputs.builder("S2I", JudgeSettings.image("judge-image", 64), 3)
                .real(real, instruments, realScores).generated(gen, instruments, conditions, genScores)
                .conditionFeatures(real).conditionNamed(named).poses(truePoses, readPoses).envelopes(real, gen).pairedRows().build();
        return new ArrayList<>(MetricRegistry.computeAll(in));
    }

    static float[] tone(double hz, int rate, double seconds, double noise) {
        Random r = new Random(7);
        float[] x = new float[(int) (rate * seconds)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * hz * i / rate) + 0.1 * Math.sin(4 * Math.PI * hz * i / rate) + noise * r.nextGaussian());
        }
        return x;
    }

    static void writePng(Path file, int size, Color colour, long seed) throws IOException {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, size, size);
        g.setColor(colour);
        Random r = new Random(seed);
        g.fillOval(size / 4 + r.nextInt(size / 8), size / 8, size / 2, size * 3 / 4);
        g.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
    }
}
