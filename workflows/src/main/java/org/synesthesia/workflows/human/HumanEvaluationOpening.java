package org.synesthesia.workflows.human;

/** A human evaluation to record as open, under its id. */
public record HumanEvaluationOpening(String evaluationId, HumanEvaluationInput input) {}
