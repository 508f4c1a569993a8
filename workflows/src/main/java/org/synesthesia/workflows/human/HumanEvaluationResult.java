package org.synesthesia.workflows.human;

/** How many ratings were recorded, and whether the expected number arrived before the timeout. */
public record HumanEvaluationResult(String evaluationId, int ratings, boolean complete) {}
