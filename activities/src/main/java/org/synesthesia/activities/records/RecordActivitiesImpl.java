package org.synesthesia.activities.records;

import org.synesthesia.io.Json;
import org.synesthesia.workflows.records.ExperimentOpening;
import org.synesthesia.workflows.records.ExperimentOutcome;
import org.synesthesia.workflows.records.RecordActivities;
import org.synesthesia.workflows.records.SweepDecision;
import org.synesthesia.workflows.records.SweepOpening;
import org.synesthesia.workflows.records.TrialFailure;
import org.synesthesia.workflows.trial.TrialRequest;

/** Experiment, sweep and trial-failure rows; each statement is written so that running it twice changes nothing more. */
public final class RecordActivitiesImpl implements RecordActivities {
    private final Database db;
    private final String worker;

    public RecordActivitiesImpl(Database db, String worker) {
        this.db = db;
        this.worker = worker;
    }

    @Override
    public void openExperiment(ExperimentOpening o) {
        db.inTransaction(c -> Statements.update(c,
                "INSERT INTO experiment (id, name, config) VALUES (?, ?, ?::jsonb) ON CONFLICT (id) DO NOTHING",
                o.experimentId(), o.name(), Json.write(o.config())));
    }

    @Override
    public void finishExperiment(ExperimentOutcome o) {
        db.inTransaction(c -> Statements.update(c,
                "UPDATE experiment SET status = ?, failure = ?, finished_at = now() WHERE id = ?",
                o.status(), o.failure(), o.experimentId()));
    }

    @Override
    public void openSweep(SweepOpening o) {
        db.inTransaction(c -> Statements.update(c, """
                INSERT INTO sweep (id, experiment_id, kind, direction, criterion, goal, parallelism)
                VALUES (?, ?, 'encoder', ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                o.sweepId(), o.experimentId(), o.direction().code(), o.criterion(), o.goal(), o.parallelism()));
    }

    @Override
    public void decideSweep(SweepDecision d) {
        db.inTransaction(c -> Statements.update(c,
                "UPDATE sweep SET best_trial_id = ?, finished_at = coalesce(finished_at, now()) WHERE id = ?",
                d.bestTrialId(), d.sweepId()));
    }

    @Override
    public void recordTrialFailure(TrialFailure f) {
        TrialRequest t = f.trial();
        db.inTransaction(c -> Statements.update(c, """
                INSERT INTO trial (id, experiment_id, sweep_id, kind, direction, config, status, failure, worker, finished_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, 'failed', ?, ?, now())
                ON CONFLICT (id) DO UPDATE SET status = 'failed', failure = excluded.failure,
                    finished_at = coalesce(trial.finished_at, now())
                WHERE trial.status <> 'completed'""",
                t.trialId(), t.experimentId(), t.sweepId(), t.kind().code(),
                t.direction() == null ? null : t.direction().code(), Json.write(t.config()), f.reason(), worker));
    }
}
