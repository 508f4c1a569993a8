package org.synesthesia.activities.training;

import java.nio.file.Path;
import org.synesthesia.workflows.trial.TrialRequest;

/**
 * What a trainer is asked to do: the trial, a folder of its own for checkpoints and outputs (the
 * same on every attempt), the pair store, and the checkpoint to resume from (null: start afresh).
 */
public record TrainingJob(TrialRequest trial, Path folder, Path pairs, Checkpoint resumeFrom) {}
