package org.synesthesia.activities.training;

import io.temporal.failure.ApplicationFailure;
import org.synesthesia.workflows.StepOptions;

/**
 * The trainer of a capability that core does not have yet. It fails at once, without retry, and
 * says so; it never invents a result.
 */
public record MissingCapability(String capability, String comesWith) implements Trainer {
    @Override
    public TrainerOutcome train(TrainingJob job, TrainingSession session) {
        throw ApplicationFailure.newNonRetryableFailure(
                capability + " is not in core yet (it comes with " + comesWith + "); trial " + job.trial().trialId() + " cannot run",
                StepOptions.UNAVAILABLE);
    }
}
