package org.synesthesia.workflows.human;

/** A human evaluation to record as open, under its id, with the study folder the rating app serves (null when none). */
public record HumanEvaluationOpening(String evaluationId, HumanEvaluationInput input, String studyPath) {
    public HumanEvaluationOpening(String evaluationId, HumanEvaluationInput input) { this(evaluationId, input, null); }
}
