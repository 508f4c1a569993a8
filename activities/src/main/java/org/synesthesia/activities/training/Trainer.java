package org.synesthesia.activities.training;

/**
 * The seam where core's training plugs into an activity. An implementation trains (or judges),
 * resumes from {@code job.resumeFrom()} when given, and reports through the session. It throws
 * {@link org.synesthesia.io.BadInputException} for input that cannot be used; other exceptions are retried.
 */
@FunctionalInterface
public interface Trainer {
    TrainerOutcome train(TrainingJob job, TrainingSession session) throws Exception;
}
