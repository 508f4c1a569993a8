package org.synesthesia.activities.records;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.synesthesia.eval.GanEvaluation;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.Json;
import org.synesthesia.metrics.MetricResult;

/**
 * How an evaluation's numbers become rows, the same for the activity and {@code synesthesia evaluate}:
 * each value is a metric row named {@code <metric>_<value>} (e.g. {@code instrument_accuracy_generated_top1},
 * {@code kid_kid}); per-instrument values carry the instrument code as label.
 */
public final class EvaluationRecords {

    /** One metric row: name, label ("" or an instrument code), value. */
    public record Row(String name, String label, double value) {}

    private EvaluationRecords() {}

    /** The rows of every finite value of {@code metrics}. */
    public static List<Row> rows(List<MetricResult> metrics) {
        List<Row> rows = new ArrayList<>();
        for (MetricResult m : metrics) {
            for (var v : m.values().entrySet()) {
                Double value = v.getValue();
                if (value == null || value.isNaN() || value.isInfinite()) continue;
                rows.add(row(m.name(), v.getKey(), value));
            }
        }
        return rows;
    }

    private static Row row(String metric, String value, double x) {
        for (Instrument i : Instrument.values()) {
            String suffix = "_" + i.code();
            if (value.endsWith(suffix)) return new Row(metric + "_" + value.substring(0, value.length() - suffix.length()), i.code(), x);
        }
        return new Row(metric + "_" + value, "", x);
    }

    /**
     * Records a finished evaluation outside a workflow (the CLI): the experiment and its evaluation
     * trial, every metric row, every prediction and {@code metrics.json} as an artifact. Recording the
     * same evaluation again replaces its rows; it never adds any.
     */
    public static void record(Database db, String experimentId, String direction, GanEvaluation.Result result, Path metricsFile,
                              String config, String worker) {
        String trialId = experimentId + "/evaluation-" + direction;
        Checksums.Sum sum = Checksums.of(metricsFile);
        db.inTransaction(c -> {
            Statements.update(c, "INSERT INTO experiment (id, name, config) VALUES (?, ?, ?::jsonb) ON CONFLICT (id) DO NOTHING",
                    experimentId, "evaluation " + direction, config);
            Statements.update(c, """
                    INSERT INTO trial (id, experiment_id, sweep_id, kind, direction, config, worker, status, finished_at)
                    VALUES (?, ?, NULL, 'evaluation', ?, ?::jsonb, ?, 'completed', now())
                    ON CONFLICT (id) DO UPDATE SET config = excluded.config, worker = excluded.worker, status = 'completed',
                        failure = NULL, finished_at = now()""",
                    trialId, experimentId, direction, config, worker);
            for (Row r : rows(result.metrics())) {
                Statements.update(c, """
                        INSERT INTO metric (trial_id, name, label, step, value) VALUES (?, ?, ?, 0, ?)
                        ON CONFLICT (trial_id, name, label, step) DO UPDATE SET value = excluded.value""",
                        trialId, r.name(), r.label(), r.value());
            }
            for (GanEvaluation.Prediction p : result.predictions()) {
                Statements.update(c, """
                        INSERT INTO prediction (trial_id, sample, truth, predicted, confidence) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (trial_id, sample) DO UPDATE SET truth = excluded.truth, predicted = excluded.predicted,
                            confidence = excluded.confidence""",
                        trialId, p.sample(), p.truth(), p.predicted(), p.confidence());
            }
            return Statements.update(c, """
                    INSERT INTO artifact (experiment_id, path, trial_id, kind, sha256, bytes) VALUES (?, ?, ?, 'metrics', ?, ?)
                    ON CONFLICT (experiment_id, path) DO UPDATE SET sha256 = excluded.sha256, bytes = excluded.bytes""",
                    experimentId, metricsFile.toString(), trialId, sum.sha256(), sum.bytes());
        });
    }
}
