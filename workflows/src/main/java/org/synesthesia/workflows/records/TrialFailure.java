package org.synesthesia.workflows.records;

import org.synesthesia.workflows.trial.TrialRequest;

/** A trial that failed, and the sentence that says why. */
public record TrialFailure(TrialRequest trial, String reason) {}
