package org.synesthesia.workflows.human;

import io.temporal.activity.ActivityInterface;

/** Records a human evaluation and its ratings; each returns the number of distinct ratings recorded so far. CPU queue. */
@ActivityInterface
public interface HumanEvaluationActivities {
    int openHumanEvaluation(HumanEvaluationOpening opening);

    /** Records a rating once: a repeated (sample, rater) is ignored. */
    int recordRating(RatingSubmission submission);

    void closeHumanEvaluation(String evaluationId);
}
