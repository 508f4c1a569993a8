package org.synesthesia.workflows.human;

import io.temporal.workflow.Workflow;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.WorkflowJson;
import org.synesthesia.workflows.records.ExperimentOpening;
import org.synesthesia.workflows.records.RecordActivities;

/**
 * Builds the study (an activity), publishes it as an open evaluation that the rating app serves,
 * then waits. Signals are queued and recorded one by one; the count comes back from the database, so ratings
 * recorded before a restart count and duplicates do not.
 */
public final class HumanEvaluationWorkflowImpl implements HumanEvaluationWorkflow {
    private final HumanEvaluationActivities human;
    private final RecordActivities records;
    private final Queue<Rating> pending = new ArrayDeque<>();
    private int recorded;

    public HumanEvaluationWorkflowImpl(StepOptions options) {
        human = Workflow.newActivityStub(HumanEvaluationActivities.class, options.records());
        records = Workflow.newActivityStub(RecordActivities.class, options.records());
    }

    @Override
    public HumanEvaluationResult collect(HumanEvaluationInput input) {
        String evaluationId = Workflow.getInfo().getWorkflowId();
        String experimentId = input.experimentId() != null ? input.experimentId() : evaluationId;
        HumanEvaluationInput in = input.withExperimentId(experimentId);
        records.openExperiment(new ExperimentOpening(experimentId, "human evaluation " + in.name(), WorkflowJson.tree(in)));
        StudyBuilt study = human.buildStudy(new StudyRequest(evaluationId, in));
        recorded = human.openHumanEvaluation(new HumanEvaluationOpening(evaluationId, in, study.studyPath()));
        long deadline = Workflow.currentTimeMillis() + Duration.ofHours(in.timeoutHours()).toMillis();
        while (recorded < in.expectedRatings()) {
            long left = deadline - Workflow.currentTimeMillis();
            if (left <= 0) break;
            Workflow.await(Duration.ofMillis(left), () -> !pending.isEmpty());
            while (!pending.isEmpty()) recorded = human.recordRating(new RatingSubmission(evaluationId, pending.poll()));
        }
        human.closeHumanEvaluation(evaluationId);
        return new HumanEvaluationResult(evaluationId, recorded, recorded >= in.expectedRatings());
    }

    @Override
    public void rate(Rating rating) { pending.add(rating); }

    @Override
    public int ratings() { return recorded; }
}
