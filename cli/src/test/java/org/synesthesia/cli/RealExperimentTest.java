package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.client.WorkflowOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.activities.Trainers;
import org.synesthesia.activities.dataset.DatasetSteps;
import org.synesthesia.eval.ReleaseChoice;
import org.synesthesia.gan.ConditionalGenerator;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;
import org.synesthesia.metrics.MetricResult;
import org.synesthesia.metrics.RunMetrics;
import org.synesthesia.pairs.Pair;
import org.synesthesia.pairs.PairManifest;
import org.synesthesia.pairs.PairStoreWriter;
import org.synesthesia.pairs.Split;
import org.synesthesia.pairs.UnitSummary;
import org.synesthesia.prepare.PrepareConfig;
import org.synesthesia.progress.Progress;
import org.synesthesia.workflows.Direction;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.TaskQueues;
import org.synesthesia.workflows.dataset.DatasetSpec;
import org.synesthesia.workflows.experiment.ExperimentInput;
import org.synesthesia.workflows.experiment.ExperimentResult;
import org.synesthesia.workflows.experiment.ExperimentWorkflow;
import org.synesthesia.workflows.experiment.GanSpec;
import org.synesthesia.workflows.experiment.SweepSpec;

/**
 * A tiny experiment through core's real trainers on the local platform (gRPC Temporal test server,
 * embedded PostgreSQL): encoder sweeps, judges, both GANs and their evaluation, on a pair store of
 * two instruments made on the fly. Run again after its evaluations were forgotten by the step
 * ledger, the evaluations really run a second time and leave the same rows, none twice.
 */
class RealExperimentTest {
    static final int SIZE = 64;
    static final int RATE = 22050;
    static final int CHUNK = 11025;
    static final int TEST_PAIRS = 8;

    @Test
    void aTinyExperimentTrainsEvaluatesAndRecordsEverythingOnce(@TempDir Path home) throws Exception {
        try (LocalPlatform platform = LocalPlatform.start(new LocalPlatform.Settings(home, Processes.freePort(), Processes.freePort(), true,
                new TinyPairs(), Trainers.core(), StepOptions.of(Duration.ofMinutes(10), Duration.ofMinutes(2)),
                2, 1, Progress.NONE, new SimpleMeterRegistry()))) {
            Map<String, Object> tinyClassifier = Map.of("epochs", 1, "width", 4, "embeddingSize", 16, "batchSize", 8, "checkpointEvery", 2);
            Map<String, Object> tinyGan = Map.of("steps", 4, "batchSize", 4, "gWidth", 4, "dWidth", 4, "noiseSize", 8,
                    "checkpointEvery", 2, "sampleEvery", 0);
            ExperimentInput input = new ExperimentInput("real", DatasetSpec.synthesized("tiny", 1),
                    List.of(new SweepSpec("s2i", Direction.S2I, List.of("lms", "wave"), List.of(tinyClassifier), "test_accuracy", "max", 2),
                            new SweepSpec("i2s", Direction.I2S, List.of("image"), List.of(tinyClassifier), "test_accuracy", "max", 1)),
                    List.of(new GanSpec(Direction.S2I, tinyGan), new GanSpec(Direction.I2S, tinyGan)), true, null, tinyClassifier);

            ExperimentResult result = run(platform, input);
            assertEquals("completed", result.status(), result.toString());
            List<List<Object>> before = KillWorkerTest.rows(platform, "SELECT trial_id, name, label, step, value FROM metric ORDER BY 1, 2, 3, 4");

            assertEquals(List.of(List.of("encoder", 3L), List.of("evaluation", 2L), List.of("gan", 2L), List.of("judge", 3L)),
                    KillWorkerTest.rows(platform, "SELECT kind, count(*) FROM trial WHERE status = 'completed' GROUP BY kind ORDER BY kind"));
            // the sweep's final test metrics, overall and per instrument
            assertEquals(3L, one(platform, "SELECT count(*) FROM metric WHERE name = 'test_accuracy' AND label = '' AND trial_id LIKE 'real/sweep-%'"));
            assertEquals(6L, one(platform, "SELECT count(*) FROM metric WHERE name = 'test_accuracy' AND label IN ('vn', 'vc') AND trial_id LIKE 'real/sweep-%'"));
            assertTrue((Long) one(platform, "SELECT count(*) FROM metric WHERE name = 'pose_probe_mae'") >= 1L, "the encoders' pose probe is recorded");
            // GAN losses every step (4 steps) and a checksummed checkpoint at steps 2 and 4
            assertEquals(4L, one(platform, "SELECT count(*) FROM metric WHERE trial_id = 'real/gan-s2i' AND name = 'loss_d'"));
            assertEquals(List.of(List.of(2L), List.of(4L)), KillWorkerTest.rows(platform,
                    "SELECT step FROM checkpoint WHERE trial_id = 'real/gan-i2s' ORDER BY step"));
            // the evaluation's numbers: accuracy per instrument beside FD, KID, pose error, retrieval and diversity
            for (String name : List.of("instrument_accuracy_generated_top1", "instrument_accuracy_real_top1", "frechet_distance_fd",
                    "kid_kid", "pose_error_mae", "pose_error_baseline_mae", "retrieval_recall_at_1", "diversity_ratio")) {
                assertEquals(1L, one(platform, "SELECT count(*) FROM metric WHERE trial_id = 'real/evaluation-s2i' AND name = '" + name + "' AND label = ''"), name);
            }
            assertEquals(0L, one(platform, "SELECT count(*) FROM metric WHERE trial_id = 'real/evaluation-i2s' AND name LIKE 'pose_error%'"),
                    "pose error is an image measure");
            // the spectral envelope is a sound measure: overall and for each of the two instruments
            assertEquals(0L, one(platform, "SELECT count(*) FROM metric WHERE trial_id = 'real/evaluation-s2i' AND name LIKE 'spectral_envelope%'"));
            assertEquals(3L, one(platform, "SELECT count(*) FROM metric WHERE trial_id = 'real/evaluation-i2s' AND name = 'spectral_envelope_distance'"));
            assertEquals(2L, one(platform, "SELECT count(DISTINCT label) FROM metric WHERE trial_id = 'real/evaluation-i2s' AND name = 'instrument_accuracy_generated_top1' AND label <> ''"));
            assertEquals((long) TEST_PAIRS * 2, one(platform, "SELECT count(*) FROM prediction WHERE trial_id = 'real/evaluation-s2i'"));
            assertEquals(List.of(List.of("encoder"), List.of("generator"), List.of("judge"), List.of("metrics"), List.of("pairs"), List.of("pose")),
                    KillWorkerTest.rows(platform, "SELECT DISTINCT kind FROM artifact ORDER BY kind"));

            Path s2i = platform.runs().resolve("real/gan-s2i");
            List<MetricResult> written = RunMetrics.read(s2i);
            assertEquals("test", written.get(0).settings().get("split"), "the settings travel with every number");
            assertTrue(Files.list(s2i.resolve("eval/images/vn")).anyMatch(p -> p.getFileName().toString().startsWith("generated-")));
            assertTrue(Files.list(platform.runs().resolve("real/gan-i2s/eval/sounds/vc")).anyMatch(p -> p.getFileName().toString().startsWith("real-")));

            // forget the evaluations in the step ledger: they run again and replace their rows
            KillWorkerTest.rows(platform, "WITH d AS (DELETE FROM step WHERE name LIKE 'evaluation-%' RETURNING 1) SELECT count(*) FROM d");
            ExperimentResult again = run(platform, input);
            assertEquals("completed", again.status(), again.toString());
            assertEquals(2, one(platform, "SELECT attempts FROM trial WHERE id = 'real/evaluation-s2i'"), "the evaluation ran again");
            assertEquals(1, one(platform, "SELECT attempts FROM trial WHERE id = 'real/gan-s2i'"), "the GAN did not");
            List<List<Object>> after = KillWorkerTest.rows(platform, "SELECT trial_id, name, label, step, value FROM metric ORDER BY 1, 2, 3, 4");
            assertEquals(before, after, "the same metric rows, none twice");
            assertEquals((long) TEST_PAIRS * 2, one(platform, "SELECT count(*) FROM prediction WHERE trial_id = 'real/evaluation-s2i'"));

            // the same evaluation by hand: one command evaluates, records (twice: rows replaced, not added) and reports
            String[] evaluate = {"evaluate", s2i.toString(), "--judges", platform.runs().resolve("real").toString(),
                    "--data", platform.runs().resolve("real/pairs").toString(), "--db", platform.jdbcUrl(), "--experiment", "by-hand",
                    "--report", home.resolve("report").toString()};
            assertEquals(0, new picocli.CommandLine(new Main()).execute(evaluate));
            List<List<Object>> recorded = KillWorkerTest.rows(platform, "SELECT name, label, value FROM metric WHERE trial_id = 'by-hand/evaluation-s2i' ORDER BY 1, 2");
            assertEquals(0, new picocli.CommandLine(new Main()).execute(evaluate));
            assertEquals(recorded, KillWorkerTest.rows(platform, "SELECT name, label, value FROM metric WHERE trial_id = 'by-hand/evaluation-s2i' ORDER BY 1, 2"));
            assertEquals(KillWorkerTest.rows(platform, "SELECT name, label, value FROM metric WHERE trial_id = 'real/evaluation-s2i' ORDER BY 1, 2"),
                    recorded, "the command and the activity compute the same numbers");
            assertEquals((long) TEST_PAIRS * 2, one(platform, "SELECT count(*) FROM prediction WHERE trial_id = 'by-hand/evaluation-s2i'"));
            assertTrue(Files.readString(home.resolve("report/index.html")).contains("frechet_distance"));
            List<String> log = Files.readAllLines(s2i.resolve("train.jsonl"));
            assertEquals(4, log.size(), "one line per logged step: " + log);
            assertTrue(log.get(0).startsWith("{\"step\":1,") && log.get(0).contains("\"loss_d\":"), log.get(0));

            // choosing the release by hand: the judge on the training conditions; a folder without a run is a one-line error
            assertEquals(0, Main.execute("choose", s2i.toString(), "--judges", platform.runs().resolve("real").toString()));
            assertTrue(ConditionalGenerator.load(s2i).release().chosen().startsWith("chosen as the best of 1 candidates"),
                    ConditionalGenerator.load(s2i).release().chosen());
            assertTrue(Files.exists(s2i.resolve(ReleaseChoice.FILE)));
            assertEquals(2, Main.execute("choose", home.resolve("nothing").toString(), "--judges", platform.runs().resolve("real").toString()));
        }
    }

    private static ExperimentResult run(LocalPlatform platform, ExperimentInput input) {
        return platform.client().newWorkflowStub(ExperimentWorkflow.class,
                WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId("real").build()).run(input);
    }

    private static Object one(LocalPlatform platform, String sql) {
        return KillWorkerTest.rows(platform, sql).get(0).get(0);
    }

    /** A pair store of violin and cello pairs whose image and sound both tell the instrument, instead of synthesizing. */
    static final class TinyPairs implements DatasetSteps {
        @Override
        public void synthesize(DatasetSpec spec, Path out, Progress progress) throws Exception {
            Files.createDirectories(out);
        }

        @Override
        public PreparedPairs prepare(DatasetSpec spec, Path source, Path out, Progress progress) throws Exception {
            List<Pair> pairs = new ArrayList<>();
            for (int n = 0; n < 32; n++) pairs.add(pair(n));
            try (PairStoreWriter w = PairStoreWriter.open(out, SIZE, CHUNK, "tiny test pairs")) {
                w.writeUnit(new UnitSummary("u", pairs.size(), pairs.size() * 0.5, List.of(), Map.of()), pairs);
                w.commit(new PairManifest(PairManifest.FORMAT_VERSION, "urmp", source.toString(), SIZE, RATE, 0.5, CHUNK, (int) w.count(),
                        w.count(Split.TRAIN), w.count(Split.TEST), 1, 0.25, w.instrumentCounts(), 16.0, List.of(), Map.of(),
                        PrepareConfig.defaults("urmp").withImageSize(SIZE), PairManifest.CREATED_BY));
                return new PreparedPairs((int) w.count(), w.count(Split.TRAIN), w.count(Split.TEST));
            }
        }

        private static Pair pair(int n) {
            boolean violin = n % 2 == 0;
            byte[] img = new byte[SIZE * SIZE * 3];
            for (int y = 16; y < 48; y++) {
                for (int x = violin ? 4 : 36; x < (violin ? 28 : 60); x++) img[(y * SIZE + x) * 3 + (violin ? 0 : 2)] = (byte) (200 + n);
            }
            float[] wave = new float[CHUNK];
            for (int k = 0; k < CHUNK; k++) wave[k] = (float) (0.3 * Math.sin(2 * Math.PI * (violin ? 440 : 131) * k / RATE + n));
            return new Pair(img, Pair.toPcm16(wave, 0, CHUNK), violin ? Instrument.VIOLIN : Instrument.CELLO, n < 32 - TEST_PAIRS ? Split.TRAIN : Split.TEST,
                    new Pose(0.2 + 0.02 * n, 0.5, 0.3, violin ? 1.0 : 0.0), violin ? 440f : 131f, true, "01_Duet_vn_vc", 1 + n % 2, "AuSep.wav", n * 0.5, n);
        }
    }
}
