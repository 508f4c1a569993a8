package org.synesthesia.activities.training;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.synesthesia.activities.Heartbeat;
import org.synesthesia.activities.metrics.TrainingMeters;
import org.synesthesia.activities.metrics.TrainingStep;
import org.synesthesia.activities.metrics.TrialMeters;
import org.synesthesia.activities.records.Checksums;
import org.synesthesia.activities.records.Database;
import org.synesthesia.activities.records.StepLedger;
import org.synesthesia.activities.records.Statements;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.progress.Progress;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.trial.TrialRequest;
import org.synesthesia.workflows.trial.TrialResult;

/**
 * Runs one trial inside an activity, the same way for every trainer: a finished trial returns its
 * recorded result; otherwise its row is (re)opened, the latest intact checkpoint (from the heartbeat
 * or the database) is handed to the trainer, heartbeats carry the latest checkpoint while it works,
 * and its checkpoints, metrics, output and result are recorded under keys that a retry cannot duplicate.
 */
public final class TrainingRun {
    private final Database db;
    private final StepLedger ledger;
    private final Path runs;
    private final String worker;
    private final Progress observer;
    private final Duration heartbeatEvery;
    private final MeterRegistry metrics;
    private final TrainingMeters trials;

    /**
     * @param runs     the folder that holds every experiment's files ({@code <runs>/<experiment>/<step>})
     * @param worker   this worker's name, recorded with each attempt
     * @param observer also told of progress (the terminal in local mode)
     * @param metrics  times each attempt as {@code synesthesia_trial_attempt_seconds{kind,outcome}}
     */
    public TrainingRun(Database db, Path runs, String worker, Progress observer, Duration heartbeatEvery, MeterRegistry metrics) {
        this.db = db;
        this.ledger = new StepLedger(db);
        this.runs = runs;
        this.worker = worker;
        this.observer = observer;
        this.heartbeatEvery = heartbeatEvery;
        this.metrics = metrics;
        this.trials = TrainingMeters.of(metrics);
    }

    public TrialResult run(TrialRequest trial, Trainer trainer) {
        Instant started = Instant.now();
        Optional<TrialResult> recorded = ledger.find(trial.experimentId(), trial.step(), TrialResult.class);
        if (recorded.isPresent()) return recorded.get();

        ActivityExecutionContext context = Activity.getExecutionContext();
        String outcome = "retry";
        try {
            Path folder = folderOf(trial);
            Path pairs = pairsOf(trial);
            Files.createDirectories(folder);
            openTrial(trial);
            Checkpoint resume = resumePoint(trial, context.getHeartbeatDetails(Checkpoint.class).orElse(null));
            Session session = new Session(trial, resume);
            TrainerOutcome trained;
            try (Heartbeat beat = Heartbeat.every(context, heartbeatEvery, () -> session.last);
                 TrialMeters meters = trials.open(trial, context.getInfo().getActivityType(), resume != null)) {
                session.heartbeat = beat;
                session.meters = meters;
                trained = trainer.train(new TrainingJob(trial, folder, pairs, resume), session);
                if (trained.metrics() != null) trained.metrics().forEach((name, value) -> meters.recorded(name, "", value));
            }
            TrialResult result = complete(trial, trained, session.last);
            ledger.record(trial.experimentId(), trial.step(), result, worker, started);
            outcome = "completed";
            return result;
        } catch (BadInputException e) {
            outcome = "failed";
            fail(trial, e.getMessage());
            throw ApplicationFailure.newNonRetryableFailureWithCause(e.getMessage(), StepOptions.BAD_INPUT, e);
        } catch (ApplicationFailure e) {
            if (e.isNonRetryable()) {
                outcome = "failed";
                fail(trial, e.getOriginalMessage());
            }
            throw e;
        } catch (Exception e) {
            throw Activity.wrap(e);
        } finally {
            Timer.builder("synesthesia.trial.attempt").description("One attempt of a trial activity, by how it ended")
                    .tag("kind", trial.kind().code()).tag("outcome", outcome).register(metrics)
                    .record(Duration.between(started, Instant.now()));
        }
    }

    /** The trial's own folder, the same on every attempt and every worker that shares {@code runs}. */
    public Path folderOf(TrialRequest trial) {
        for (String part : trial.trialId().split("/"))
            if (part.isEmpty() || part.equals("..") || part.equals("."))
                throw new BadInputException("trial id " + trial.trialId() + " is not a safe folder name; use letters, digits, '-' and single '/'");
        return runs.resolve(trial.trialId());
    }

    private static Path pairsOf(TrialRequest trial) {
        if (trial.pairsPath() == null) return null;
        Path pairs = Path.of(trial.pairsPath());
        if (!Files.isDirectory(pairs))
            throw new BadInputException("pair store " + pairs + " does not exist; run the dataset step first or correct pairsPath");
        return pairs;
    }

    private void openTrial(TrialRequest t) {
        db.inTransaction(c -> Statements.update(c, """
                INSERT INTO trial (id, experiment_id, sweep_id, kind, direction, config, worker)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (id) DO UPDATE SET attempts = trial.attempts + 1, worker = excluded.worker,
                    status = 'running', failure = NULL, finished_at = NULL""",
                t.trialId(), t.experimentId(), t.sweepId(), t.kind().code(),
                t.direction() == null ? null : t.direction().code(), Json.write(t.config()), worker));
    }

    /** The latest checkpoint whose file is still there with its recorded checksum; the heartbeat's if the database has none later. */
    private Checkpoint resumePoint(TrialRequest t, Checkpoint fromHeartbeat) {
        Checkpoint fromDb = db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT step, path, sha256 FROM checkpoint WHERE trial_id = ? ORDER BY step DESC")) {
                s.setString(1, t.trialId());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Path file = Path.of(r.getString(2));
                        if (Files.isRegularFile(file) && Checksums.of(file).sha256().equals(r.getString(3)))
                            return new Checkpoint(r.getLong(1), file.toString());
                    }
                }
            }
            return null;
        });
        if (fromHeartbeat != null && Files.isRegularFile(Path.of(fromHeartbeat.path()))
                && (fromDb == null || fromHeartbeat.step() > fromDb.step())) return fromHeartbeat;
        return fromDb;
    }

    private TrialResult complete(TrialRequest t, TrainerOutcome outcome, Checkpoint last) {
        Map<String, Double> metrics = outcome.metrics() == null ? Map.of() : outcome.metrics();
        db.inTransaction(c -> {
            for (var m : metrics.entrySet()) upsertMetric(c, t.trialId(), outcome.steps(), m.getKey(), "", m.getValue());
            if (outcome.output() != null) {
                Checksums.Sum sum = Checksums.of(outcome.output());
                Statements.update(c, """
                        INSERT INTO artifact (experiment_id, path, trial_id, kind, sha256, bytes) VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (experiment_id, path) DO UPDATE SET sha256 = excluded.sha256, bytes = excluded.bytes""",
                        t.experimentId(), outcome.output().toString(), t.trialId(), outcome.outputKind(), sum.sha256(), sum.bytes());
            }
            return Statements.update(c, "UPDATE trial SET status = 'completed', failure = NULL, finished_at = now() WHERE id = ?", t.trialId());
        });
        return TrialResult.completed(t.trialId(), metrics, last == null ? null : last.path(),
                outcome.output() == null ? null : outcome.output().toString());
    }

    private void fail(TrialRequest t, String reason) {
        db.inTransaction(c -> Statements.update(c,
                "UPDATE trial SET status = 'failed', failure = ?, finished_at = now() WHERE id = ? AND status <> 'completed'",
                reason, t.trialId()));
    }

    private static void upsertMetric(Connection c, String trialId, long step, String name, String label, double value) throws SQLException {
        Statements.update(c, """
                INSERT INTO metric (trial_id, name, label, step, value) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (trial_id, name, label, step) DO UPDATE SET value = excluded.value""",
                trialId, name, label, step, value);
    }

    /** The session one attempt reports through. */
    private final class Session implements TrainingSession {
        private final TrialRequest trial;
        volatile Checkpoint last;
        volatile Heartbeat heartbeat;
        volatile TrialMeters meters;

        Session(TrialRequest trial, Checkpoint resume) {
            this.trial = trial;
            this.last = resume;
        }

        @Override
        public void update(String stage, long done, long total) {
            observer.update(stage, done, total);
            heartbeat.beat();
        }

        @Override
        public void checkpoint(long step, Path file) {
            Checksums.Sum sum = Checksums.of(file);
            db.inTransaction(c -> Statements.update(c, """
                    INSERT INTO checkpoint (trial_id, step, path, sha256, bytes) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (trial_id, step) DO UPDATE SET path = excluded.path, sha256 = excluded.sha256, bytes = excluded.bytes""",
                    trial.trialId(), step, file.toString(), sum.sha256(), sum.bytes()));
            last = new Checkpoint(step, file.toString());
            heartbeat.beat();
        }

        @Override
        public void metric(long step, String name, String label, double value) {
            heartbeat.beat();
            meters.recorded(name, label, value);
            db.inTransaction(c -> {
                upsertMetric(c, trial.trialId(), step, name, label, value);
                return null;
            });
        }

        @Override
        public void step(TrainingStep step) { meters.step(step); }

        @Override
        public void prediction(String sample, String truth, String predicted, double confidence) {
            db.inTransaction(c -> Statements.update(c, """
                    INSERT INTO prediction (trial_id, sample, truth, predicted, confidence) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (trial_id, sample) DO UPDATE SET truth = excluded.truth, predicted = excluded.predicted,
                        confidence = excluded.confidence""",
                    trial.trialId(), sample, truth, predicted, confidence));
        }
    }
}
