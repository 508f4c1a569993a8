package org.synesthesia.workflows.human;

/** Build the study of a human evaluation: its questions and media, in a folder the rating app serves. */
public record StudyRequest(String evaluationId, HumanEvaluationInput input) {}
