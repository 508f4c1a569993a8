package org.synesthesia.activities.sweep;

import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.synesthesia.activities.Heartbeat;
import org.synesthesia.activities.records.Database;
import org.synesthesia.activities.records.Statements;
import org.synesthesia.io.BadInputException;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.sweep.RungRequest;
import org.synesthesia.workflows.sweep.RungResult;
import org.synesthesia.workflows.sweep.SweepTrialActivity;

/**
 * Runs a rung with the runner its sweep names, in the trial's folder under {@code runs}, and
 * records the objective at the rung's budget and the runner's intermediate metrics. A rung
 * already recorded is not trained again.
 */
public final class SweepTrialActivityImpl implements SweepTrialActivity {
    private final Database db;
    private final Path runs;
    private final String worker;
    private final Map<String, SweepTrialRunner> runners;
    private final Duration beatEvery;

    /** {@code runners} by the name a spec's {@code trial} gives, e.g. {@code classifier} and {@code toy}. */
    public SweepTrialActivityImpl(Database db, Path runs, String worker, Map<String, SweepTrialRunner> runners, Duration beatEvery) {
        this.db = db;
        this.runs = runs;
        this.worker = worker;
        this.runners = Map.copyOf(runners);
        this.beatEvery = beatEvery;
    }

    /** The runners every worker has: real classifiers and the toy objective. */
    public static Map<String, SweepTrialRunner> standardRunners() {
        return Map.of("classifier", new ClassifierTrial(), "toy", new ToyTrial());
    }

    @Override
    public RungResult train(RungRequest r) {
        Object recorded = db.inTransaction(c -> Statements.value(c,
                "SELECT value FROM metric WHERE trial_id = ? AND name = ? AND label = '' AND step = ?", r.trialId(), r.metric(), (long) r.budget()));
        if (recorded != null) return new RungResult(r.trialId(), r.budget(), ((Number) recorded).doubleValue());
        SweepTrialRunner runner = runners.get(r.trial());
        if (runner == null)
            throw ApplicationFailure.newNonRetryableFailure("sweep trial kind \"" + r.trial() + "\" is unknown; use one of " + runners.keySet(), StepOptions.BAD_INPUT);
        db.inTransaction(c -> Statements.update(c, """
                UPDATE trial SET status = 'running', started_at = CASE WHEN status = 'suggested' THEN now() ELSE started_at END,
                       worker = ? WHERE id = ? AND status IN ('suggested', 'running')""", worker, r.trialId()));
        ActivityExecutionContext context = Activity.getExecutionContext();
        List<double[]> loss = new ArrayList<>();
        List<String> names = new ArrayList<>();
        double value;
        try (Heartbeat heartbeat = Heartbeat.every(context, beatEvery, () -> r.budget())) {
            Path folder = runs.resolve(r.trialId());
            value = runner.train(r.params(), r.pairsPath() == null ? null : Path.of(r.pairsPath()), folder, r.metric(),
                    r.budget(), r.maxBudget(), (name, point) -> {
                        names.add(name);
                        loss.add(point);
                    }, heartbeat::beat);
        } catch (BadInputException e) {
            throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), StepOptions.BAD_INPUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db.inTransaction(c -> {
            for (int i = 0; i < loss.size(); i++)
                Statements.update(c, """
                        INSERT INTO metric (trial_id, name, step, value) VALUES (?, ?, ?, ?)
                        ON CONFLICT (trial_id, name, label, step) DO UPDATE SET value = excluded.value""",
                        r.trialId(), names.get(i), (long) loss.get(i)[0], loss.get(i)[1]);
            return Statements.update(c, """
                    INSERT INTO metric (trial_id, name, step, value) VALUES (?, ?, ?, ?)
                    ON CONFLICT (trial_id, name, label, step) DO UPDATE SET value = excluded.value""",
                    r.trialId(), r.metric(), (long) r.budget(), value);
        });
        return new RungResult(r.trialId(), r.budget(), value);
    }
}
