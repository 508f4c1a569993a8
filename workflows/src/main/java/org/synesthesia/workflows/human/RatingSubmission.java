package org.synesthesia.workflows.human;

/** A rating for a given human evaluation, as the activity records it. */
public record RatingSubmission(String evaluationId, Rating rating) {}
