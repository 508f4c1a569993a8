package org.synesthesia.workflows.records;

import io.temporal.activity.ActivityInterface;

/** Bookkeeping in PostgreSQL that workflows ask for; every method is idempotent. CPU queue. */
@ActivityInterface
public interface RecordActivities {
    /** Records the experiment as running unless it is already recorded. */
    void openExperiment(ExperimentOpening opening);

    void finishExperiment(ExperimentOutcome outcome);

    void openSweep(SweepOpening opening);

    void decideSweep(SweepDecision decision);

    /** Marks the trial failed with its reason, creating its row if the activity never started. */
    void recordTrialFailure(TrialFailure failure);
}
