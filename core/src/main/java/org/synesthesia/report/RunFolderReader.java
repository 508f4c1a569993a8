package org.synesthesia.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.synesthesia.audio.AudioClip;
import org.synesthesia.audio.AudioFiles;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.metrics.MetricResult;
import org.synesthesia.metrics.RunMetrics;
import org.synesthesia.nn.ClassifierEvaluation;
import org.synesthesia.nn.ClassifierRun;

/**
 * Builds a {@link ReportRun} from a run folder, reading what is present and noting what is absent:
 * <ul>
 * <li>{@code classifier.json}: a classifier run's record, whose test evaluation gives accuracy,
 *     pose error and the confusion matrix;</li>
 * <li>{@code gan.json}: a GAN release, whose fields become settings;</li>
 * <li>{@code metrics.json}: the evaluation's {@link MetricResult}s, a JSON array;</li>
 * <li>{@code confusions.json}: the evaluation's confusion matrices, a JSON array of
 *     {@link ReportRun.Confusion} (e.g. the judge on generated samples);</li>
 * <li>{@code train.jsonl}: one JSON object per logged step, {@code step} and numeric series;</li>
 * <li>{@code samples/step-*.png}: training sample grids (the first and latest are shown);</li>
 * <li>{@code eval/images/INSTRUMENT/{real,generated}-*.png} and
 *     {@code eval/sounds/INSTRUMENT/{real,generated}-*.wav}: held-out examples beside their real
 *     counterparts.</li>
 * </ul>
 */
public final class RunFolderReader {

    public static final String METRICS = RunMetrics.FILE;
    public static final String GAN = "gan.json";
    public static final String TRAIN_LOG = "train.jsonl";
    public static final String CONFUSIONS = "confusions.json";

    /** At most this many examples of each kind per instrument, so that the page stays light. */
    static final int PER_INSTRUMENT = 4;
    /** At most this many sounds of each kind per instrument; each is inlined. */
    static final int SOUNDS_PER_INSTRUMENT = 1;
    /** Larger WAVs are left out of the page, with a note. */
    static final long MAX_WAV_BYTES = 4L << 20;

    private RunFolderReader() {}

    /**
     * The run folders among {@code folders}: a folder that holds none of the run files but has
     * run folders inside (e.g. {@code runs/}) stands for those, in name order.
     */
    public static List<Path> expand(List<Path> folders) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path f : folders) {
            if (!Files.isDirectory(f) || isRun(f)) {
                out.add(f);
                continue;
            }
            List<Path> inner;
            try (Stream<Path> s = Files.list(f)) {
                inner = s.filter(p -> Files.isDirectory(p) && isRun(p)).sorted().toList();
            }
            if (inner.isEmpty()) out.add(f); else out.addAll(inner);
        }
        return out;
    }

    private static boolean isRun(Path folder) {
        return Stream.of(ClassifierRun.RECORD, GAN, METRICS, TRAIN_LOG).anyMatch(n -> Files.isRegularFile(folder.resolve(n)));
    }

    public static ReportRun read(Path run) throws IOException {
        if (!Files.isDirectory(run)) throw new BadInputException(run + " is not a run folder: pass the folder a training or evaluation run wrote");
        String name = run.toAbsolutePath().normalize().getFileName().toString();
        Map<String, String> settings = new LinkedHashMap<>();
        List<MetricResult> metrics = new ArrayList<>();
        List<ReportRun.Confusion> confusions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String kind = "run";

        Path classifier = run.resolve(ClassifierRun.RECORD);
        if (Files.isRegularFile(classifier)) {
            kind = "classifier";
            ClassifierRun.Record record = Json.readFile(classifier, ClassifierRun.Record.class);
            flatten("", Json.MAPPER.valueToTree(record.config()), settings);
            flatten("features.", Json.MAPPER.valueToTree(record.features()), settings);
            settings.put("pair_store", record.pairStore());
            settings.put("steps", Long.toString(record.steps()));
            settings.put("train_seconds", String.format(Locale.ROOT, "%.1f", record.trainSeconds()));
            if (record.test() != null) {
                metrics.add(classifierResult(record));
                if (record.test().confusion() != null) {
                    confusions.add(new ReportRun.Confusion("test split, " + record.config().encoding().id() + " " + record.config().role(),
                            record.instruments(), record.test().confusion()));
                }
            }
        }
        Path gan = run.resolve(GAN);
        if (Files.isRegularFile(gan)) {
            kind = "gan";
            flatten("", readTree(gan), settings);
        }
        if (kind.equals("run")) notes.add("no " + ClassifierRun.RECORD + " or " + GAN + ": the run's settings are unknown");

        Path metricsFile = run.resolve(METRICS);
        if (Files.isRegularFile(metricsFile)) {
            metrics.addAll(readMetrics(metricsFile));
        } else if (!kind.equals("classifier")) {
            notes.add("no " + METRICS + ": this run has not been evaluated yet");
        }

        Path confusionFile = run.resolve(CONFUSIONS);
        if (Files.isRegularFile(confusionFile)) {
            try {
                confusions.addAll(Arrays.asList(Json.MAPPER.treeToValue(readTree(confusionFile), ReportRun.Confusion[].class)));
            } catch (JsonProcessingException e) {
                throw new BadInputException(confusionFile + " is not an array of confusion matrices (" + e.getOriginalMessage() + "): rerun the evaluation to rewrite it", e);
            }
        }

        List<ReportRun.Curve> curves = readCurves(run.resolve(TRAIN_LOG));
        if (curves.isEmpty() && kind.equals("gan")) notes.add("no " + TRAIN_LOG + ": no training curves");

        List<ReportRun.Figure> figures = readSampleGrids(run.resolve("samples"));
        List<ReportRun.ImagePair> images = readImages(run.resolve("eval").resolve("images"), notes);
        List<ReportRun.Sound> sounds = readSounds(run.resolve("eval").resolve("sounds"), notes);
        if (kind.equals("gan") && images.isEmpty() && sounds.isEmpty()) notes.add("no eval/images or eval/sounds: no held-out examples to show");
        return new ReportRun(name, kind, settings, metrics, confusions, curves, figures, images, sounds, notes);
    }

    /** The classifier's own test numbers as a result, so that real-data accuracy sits in the table. */
    static MetricResult classifierResult(ClassifierRun.Record record) {
        ClassifierEvaluation t = record.test();
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("real_top1", t.accuracy());
        if (t.perInstrument() != null) {
            for (int c = 0; c < t.perInstrument().length && c < record.instruments().size(); c++) {
                v.put("real_top1_" + record.instruments().get(c), t.perInstrument()[c]);
            }
        }
        if (t.pose() != null) {
            v.put("pose_mae", t.pose().overall());
            v.put("pose_mae_of_mean", t.pose().overallOfMean());
            v.put("pose_mae_of_instrument_mean", t.pose().overallOfInstrumentMean());
        }
        Map<String, String> s = new LinkedHashMap<>();
        s.put("extractor", record.config().encoding().id() + " " + record.config().role());
        s.put("split", "test");
        s.put("real_count", Integer.toString(t.examples()));
        if (record.config().encoding().modality() == org.synesthesia.nn.Encoding.Modality.IMAGE) {
            s.put("modality", "image");
            s.put("image_size", Integer.toString(record.features().imageSize()));
        } else {
            s.put("modality", "sound");
            s.put("sample_rate", Integer.toString(record.features().sampleRate()));
            s.put("clip_seconds", String.format(Locale.ROOT, "%.4f", record.features().chunkSamples() / (double) record.features().sampleRate()));
        }
        return new MetricResult("classifier_test", v, s);
    }

    static List<MetricResult> readMetrics(Path file) throws IOException {
        return RunMetrics.readFile(file);
    }

    /** One curve per numeric field of the log's lines, against {@code step} (or the line number). */
    static List<ReportRun.Curve> readCurves(Path log) throws IOException {
        if (!Files.isRegularFile(log)) return List.of();
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) continue;
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                // a run killed mid-write leaves a torn last line; everything before it still counts
                continue;
            }
            double step = node.path("step").isNumber() ? node.path("step").asDouble() : lineNo;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                if (f.getKey().equals("step") || !f.getValue().isNumber()) continue;
                series.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(new double[] {step, f.getValue().asDouble()});
            }
        }
        List<ReportRun.Curve> curves = new ArrayList<>();
        series.forEach((key, points) -> curves.add(new ReportRun.Curve(key,
                points.stream().mapToLong(p -> (long) p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray())));
        return curves;
    }

    static List<ReportRun.Figure> readSampleGrids(Path samples) throws IOException {
        List<Path> grids = list(samples, "step-", ".png");
        if (grids.isEmpty()) return List.of();
        List<ReportRun.Figure> out = new ArrayList<>();
        Path first = grids.get(0);
        Path last = grids.get(grids.size() - 1);
        out.add(new ReportRun.Figure("training samples, " + stem(first), Files.readAllBytes(first)));
        if (!last.equals(first)) out.add(new ReportRun.Figure("training samples, " + stem(last), Files.readAllBytes(last)));
        return out;
    }

    static List<ReportRun.ImagePair> readImages(Path root, List<String> notes) throws IOException {
        List<ReportRun.ImagePair> out = new ArrayList<>();
        for (Path dir : instrumentFolders(root)) {
            List<byte[]> real = new ArrayList<>(), generated = new ArrayList<>();
            for (Path p : first(list(dir, "real-", ".png"), PER_INSTRUMENT)) real.add(pngBytes(p, notes));
            for (Path p : first(list(dir, "generated-", ".png"), PER_INSTRUMENT)) generated.add(pngBytes(p, notes));
            real.removeIf(b -> b == null);
            generated.removeIf(b -> b == null);
            if (!real.isEmpty() || !generated.isEmpty()) out.add(new ReportRun.ImagePair(label(dir), real, generated));
        }
        return out;
    }

    static List<ReportRun.Sound> readSounds(Path root, List<String> notes) throws IOException {
        List<ReportRun.Sound> out = new ArrayList<>();
        for (Path dir : instrumentFolders(root)) {
            for (boolean generated : new boolean[] {false, true}) {
                for (Path wav : first(list(dir, generated ? "generated-" : "real-", ".wav"), SOUNDS_PER_INSTRUMENT)) {
                    if (Files.size(wav) > MAX_WAV_BYTES) {
                        notes.add(wav + " is over " + (MAX_WAV_BYTES >> 20) + " MiB and is left out of the page");
                        continue;
                    }
                    AudioClip clip;
                    try {
                        clip = AudioFiles.read(wav);
                    } catch (BadInputException e) {
                        notes.add(e.getMessage());
                        continue;
                    }
                    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
                    ImageIO.write(SpectrogramImage.of(clip.mono(), clip.sampleRate()), "png", png);
                    out.add(new ReportRun.Sound(label(dir), generated, wav.getFileName().toString(), Files.readAllBytes(wav), png.toByteArray()));
                }
            }
        }
        return out;
    }

    /** Flattens a JSON tree into dotted keys; arrays of scalars are joined with commas. */
    static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                flatten(prefix + f.getKey() + ".", f.getValue(), out);
            }
        } else if (node.isArray()) {
            ArrayNode a = (ArrayNode) node;
            boolean scalars = true;
            for (JsonNode e : a) scalars &= e.isValueNode();
            if (scalars) {
                List<String> parts = new ArrayList<>();
                for (JsonNode e : a) parts.add(e.asText());
                out.put(trim(prefix), String.join(", ", parts));
            } else {
                for (int i = 0; i < a.size(); i++) flatten(prefix + i + ".", a.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(trim(prefix), node.asText());
        }
    }

    private static String trim(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    private static JsonNode readTree(Path file) throws IOException {
        try {
            return Json.MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new BadInputException(file + " is not valid JSON (" + e.getOriginalMessage() + "): rerun the step that writes it", e);
        }
    }

    /** Instrument folders in URMP order, unknown names after them alphabetically. */
    private static List<Path> instrumentFolders(Path root) throws IOException {
        if (!Files.isDirectory(root)) return List.of();
        TreeMap<String, Path> sorted = new TreeMap<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(Files::isDirectory).forEach(p -> {
                String n = p.getFileName().toString();
                String key = Instrument.parse(n).map(i -> String.format("%02d", i.index())).orElse("99" + n);
                sorted.put(key, p);
            });
        }
        return new ArrayList<>(sorted.values());
    }

    private static String label(Path instrumentDir) {
        String n = instrumentDir.getFileName().toString();
        return Instrument.parse(n).map(Instrument::subUrmpName).orElse(n);
    }

    private static List<Path> list(Path dir, String prefix, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.toLowerCase(Locale.ROOT).endsWith(suffix) && Files.isRegularFile(p);
            }).sorted().toList();
        }
    }

    private static <T> List<T> first(List<T> list, int n) {
        return list.subList(0, Math.min(n, list.size()));
    }

    /** The file's bytes when it is a PNG; anything else is noted and skipped. */
    private static byte[] pngBytes(Path p, List<String> notes) throws IOException {
        byte[] b = Files.readAllBytes(p);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G'};
        if (b.length < 4 || !Arrays.equals(Arrays.copyOf(b, 4), magic)) {
            notes.add(p + " is not a PNG and is left out");
            return null;
        }
        return b;
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }
}
