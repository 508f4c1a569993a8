package org.synesthesia.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synesthesia.activities.records.Statements;

/** Every query of docs/queries.sql, on a real PostgreSQL holding a small experiment with known answers. */
class QueriesTest {
    static EmbeddedRecords records;
    static Map<String, String> queries;

    @BeforeAll
    static void seed() throws IOException {
        records = new EmbeddedRecords();
        queries = read();
        String[] seed = {
            "INSERT INTO experiment (id, name, config, status, failure, finished_at) VALUES ('x', 'paper', '{}', 'failed', 'gan x/gan-i2s: out of memory', now())",
            "INSERT INTO dataset (id, experiment_id, source, synthesized, pairs_path, pairs, train_pairs, test_pairs, manifest) VALUES "
                    + "('x/dataset', 'x', '/src', true, '/pairs', 5, 4, 1, '{\"instrumentCounts\": {\"vn\": 3, \"vc\": 2}}')",
            "INSERT INTO sweep (id, experiment_id, kind, direction, criterion, goal, parallelism) VALUES ('x/sweep-s', 'x', 'encoder', 's2i', 'test_accuracy', 'max', 2)",
            "INSERT INTO trial (id, experiment_id, sweep_id, kind, direction, config, status, worker, finished_at) VALUES "
                    + "('x/sweep-s/trial-000-lms', 'x', 'x/sweep-s', 'encoder', 's2i', '{\"encoding\": \"lms\"}', 'completed', 'w1', now()),"
                    + "('x/sweep-s/trial-001-cqt', 'x', 'x/sweep-s', 'encoder', 's2i', '{\"encoding\": \"cqt\"}', 'completed', 'w1', now()),"
                    + "('x/sweep-i/trial-000-image', 'x', NULL, 'encoder', 'i2s', '{\"encoding\": \"image\"}', 'completed', 'w2', now()),"
                    + "('x/gan-s2i', 'x', NULL, 'gan', 's2i', '{}', 'completed', 'w2', now()),"
                    + "('x/evaluation-s2i', 'x', NULL, 'evaluation', 's2i', '{}', 'completed', 'w1', now()),"
                    + "('x/evaluation-i2s', 'x', NULL, 'evaluation', 'i2s', '{}', 'completed', 'w1', now())",
            "INSERT INTO trial (id, experiment_id, kind, direction, config, status, failure, attempts, worker, finished_at) VALUES "
                    + "('x/gan-i2s', 'x', 'gan', 'i2s', '{}', 'failed', 'out of memory', 3, 'w2', now())",
            // lms peaked early but ended lower than cqt: the final value decides
            "INSERT INTO metric (trial_id, name, step, value) VALUES ('x/sweep-s/trial-000-lms', 'test_accuracy', 1, 0.99),"
                    + "('x/sweep-s/trial-000-lms', 'test_accuracy', 2, 0.70), ('x/sweep-s/trial-001-cqt', 'test_accuracy', 2, 0.80),"
                    + "('x/sweep-i/trial-000-image', 'test_accuracy', 2, 0.65),"
                    + "('x/gan-s2i', 'g_loss', 1, 2.0), ('x/gan-s2i', 'g_loss', 2, 1.5), ('x/gan-s2i', 'd_loss', 1, 0.7)",
            "INSERT INTO metric (trial_id, name, label, step, value) VALUES ('x/evaluation-s2i', 'accuracy', 'vn', 0, 0.6667),"
                    // I2S misses the trumpet (its spectrum 9 dB off), the violin has no envelope figure
                    + "('x/evaluation-i2s', 'instrument_accuracy_generated_top1', 'tpt', 0, 0.05),"
                    + "('x/evaluation-i2s', 'instrument_accuracy_generated_top1', 'vn', 0, 0.8),"
                    + "('x/evaluation-i2s', 'instrument_accuracy_generated_top1', '', 0, 0.4),"
                    + "('x/evaluation-i2s', 'spectral_envelope_distance', 'tpt', 0, 9.123),"
                    + "('x/evaluation-i2s', 'spectral_envelope_distance', '', 0, 5.0)",
            "INSERT INTO prediction (trial_id, sample, truth, predicted, confidence) VALUES "
                    + "('x/evaluation-s2i', 'a.png', 'vn', 'vn', 0.9), ('x/evaluation-s2i', 'b.png', 'vn', 'va', 0.5),"
                    + "('x/evaluation-s2i', 'c.png', 'vn', 'vn', 0.8), ('x/evaluation-s2i', 'd.png', 'vc', 'vc', 0.7)",
            "INSERT INTO human_evaluation (id, experiment_id, evaluation_trial_id, samples_path, expected_ratings) VALUES ('x/human-panel', 'x', 'x/evaluation-s2i', '/s', 4)",
            // ann agrees with the judge on a and b; bob on a only
            "INSERT INTO human_rating (evaluation_id, sample, rater, answer) VALUES ('x/human-panel', 'a.png', 'ann', 'vn'),"
                    + "('x/human-panel', 'b.png', 'ann', 'va'), ('x/human-panel', 'a.png', 'bob', 'vn'), ('x/human-panel', 'd.png', 'bob', 'vn')",
            // the rating app's answers carry their truth and the judge's code; q0003 has no judge and is left out
            "INSERT INTO human_evaluation (id, experiment_id, samples_path, expected_ratings) VALUES ('x/human-app', 'x', '/s', 3)",
            "INSERT INTO human_rating (evaluation_id, sample, rater, answer, condition, truth, judge) VALUES "
                    + "('x/human-app', 'q0001', 'r-a', 'vn', 's2i', 'vn', 'vc'), ('x/human-app', 'q0002', 'r-a', 'vc', 's2i', 'vc', 'vc'),"
                    + "('x/human-app', 'q0003', 'r-a', 'vc', 'real', 'vc', NULL)",
        };
        for (String sql : seed) records.db.inTransaction(c -> Statements.update(c, sql));
    }

    @AfterAll static void stop() throws Exception { records.close(); }

    static Map<String, String> read() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docs/queries.sql"))) root = root.getParent();
        Map<String, String> byName = new LinkedHashMap<>();
        String name = null;
        StringBuilder sql = new StringBuilder();
        for (String line : Files.readAllLines(root.resolve("docs/queries.sql"))) {
            if (line.startsWith("-- name: ")) {
                if (name != null) byName.put(name, sql.toString());
                name = line.substring("-- name: ".length()).trim();
                sql.setLength(0);
            } else if (name != null) {
                sql.append(line).append('\n');
            }
        }
        byName.put(name, sql.toString());
        return byName;
    }

    /** Runs a named query, binding psql variables (:'name') in order. */
    static List<List<Object>> run(String name, Object... params) {
        String sql = queries.get(name).replaceAll(":'[a-z_]+'", "?").trim();
        if (sql.endsWith(";")) sql = sql.substring(0, sql.length() - 1);
        String statement = sql;
        return records.db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(statement)) {
                for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
                try (ResultSet r = s.executeQuery()) {
                    List<List<Object>> rows = new ArrayList<>();
                    int n = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= n; i++) {
                            Object v = r.getObject(i);
                            row.add(v instanceof BigDecimal d ? d.doubleValue() : v);
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        });
    }

    @Test
    void theFileHoldsTheQuestionsUsersAsk() {
        assertEquals(List.of("pairs-per-instrument", "best-encoding-per-direction", "accuracy-by-instrument", "learning-curves", "failed-trials",
                "failed-experiments", "human-classifier-agreement", "trial-timings", "evaluation-metrics", "judge-accuracy", "instrument-misses"), new ArrayList<>(queries.keySet()));
    }

    @Test
    void pairsPerInstrumentComeFromTheManifest() {
        assertEquals(List.of(List.of("x/dataset", "vc", 2), List.of("x/dataset", "vn", 3)), run("pairs-per-instrument"));
    }

    @Test
    void bestEncodingPerDirectionGoesByTheFinalValue() {
        assertEquals(List.of(List.of("i2s", "image", "x/sweep-i/trial-000-image", 0.65), List.of("s2i", "cqt", "x/sweep-s/trial-001-cqt", 0.80)),
                run("best-encoding-per-direction"));
    }

    @Test
    void accuracyByInstrument() {
        assertEquals(List.of(List.of("x/evaluation-s2i", "s2i", "vc", 1L, 1.0), List.of("x/evaluation-s2i", "s2i", "vn", 3L, 0.6667)),
                run("accuracy-by-instrument"));
    }

    @Test
    void learningCurvesOfOneTrial() {
        assertEquals(List.of(List.of("d_loss", 1L, 0.7), List.of("g_loss", 1L, 2.0), List.of("g_loss", 2L, 1.5)),
                run("learning-curves", "x/gan-s2i"));
    }

    @Test
    void failedTrialsAndExperimentsSayWhy() {
        List<List<Object>> trials = run("failed-trials");
        assertEquals(1, trials.size());
        assertEquals(List.of("x", "x/gan-i2s", "gan", "i2s", 3, "w2", "out of memory"), trials.get(0).subList(0, 7));
        assertEquals("gan x/gan-i2s: out of memory", run("failed-experiments").get(0).get(2));
    }

    @Test
    void humanClassifierAgreement() {
        // a/ann agrees, b/ann agrees, a/bob agrees, d/bob (vn vs judge vc) does not: 3 of 4.
        // People right: a/ann, a/bob (b is vn, d is vc): 2 of 4. The judge on those rated samples: a, a, d right, b wrong: 3 of 4.
        // x/human-app: agrees on q0002 only; people right on both; the judge right on q0002 only.
        assertEquals(List.of(List.of("x/human-app", 2L, 1L, 0.5, 1.0, 0.5), List.of("x/human-panel", 4L, 2L, 0.75, 0.5, 0.75)),
                run("human-classifier-agreement"));
    }

    @Test
    void trialTimingsListEveryFinishedTrial() {
        assertEquals(7, run("trial-timings").size());
    }

    @Test
    void instrumentMissesWorstFirstWithTheirSpectralDistance() {
        List<Object> none = new ArrayList<>(List.of("x/evaluation-i2s", "i2s", "vn", 0.8));
        none.add(null);
        assertEquals(List.of(List.of("x/evaluation-i2s", "i2s", "tpt", 0.05, 9.12), none), run("instrument-misses"));
    }
}
