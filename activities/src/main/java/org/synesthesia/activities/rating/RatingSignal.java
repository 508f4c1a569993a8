package org.synesthesia.activities.rating;

import io.temporal.client.WorkflowClient;
import org.synesthesia.workflows.human.Rating;

/** Hands a stored answer to the human evaluation's workflow. */
@FunctionalInterface
public interface RatingSignal {
    void send(String evaluationId, Rating rating);

    /** Signals {@code rate} on the workflow whose id is the evaluation id. */
    static RatingSignal temporal(WorkflowClient client) {
        return (evaluationId, rating) -> client.newUntypedWorkflowStub(evaluationId).signal("rate", rating);
    }
}
