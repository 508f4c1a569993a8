package org.synesthesia.workflows.human;

import io.temporal.activity.ActivityInterface;

/** Records a human evaluation and its ratings; each returns the number of distinct ratings recorded so far. CPU queue. */
@ActivityInterface
public interface HumanEvaluationActivities {
    /** Builds the study's questions and media from the samples and the held-out pairs; the same request gives the same study. */
    StudyBuilt buildStudy(StudyRequest request);

    int openHumanEvaluation(HumanEvaluationOpening opening);

    /** Records a rating once: a repeated (sample, rater) is ignored. */
    int recordRating(RatingSubmission submission);

    void closeHumanEvaluation(String evaluationId);
}
