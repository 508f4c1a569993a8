package org.synesthesia.workflows.evaluation;

import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.util.HashMap;
import java.util.Map;
import org.synesthesia.workflows.FailureReason;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.WorkflowJson;
import org.synesthesia.workflows.records.ExperimentOpening;
import org.synesthesia.workflows.records.RecordActivities;
import org.synesthesia.workflows.records.TrialFailure;
import org.synesthesia.workflows.trial.ClassificationActivity;
import org.synesthesia.workflows.trial.TrialKind;
import org.synesthesia.workflows.trial.TrialRequest;
import org.synesthesia.workflows.trial.TrialResult;

/** One classification activity on the CPU queue, recorded as an evaluation trial. */
public final class ClassificationEvaluationWorkflowImpl implements ClassificationEvaluationWorkflow {
    private final ClassificationActivity classification;
    private final RecordActivities records;

    public ClassificationEvaluationWorkflowImpl(StepOptions options) {
        classification = Workflow.newActivityStub(ClassificationActivity.class, options.evaluation());
        records = Workflow.newActivityStub(RecordActivities.class, options.records());
    }

    @Override
    public TrialResult evaluate(EvaluationInput input) {
        String experimentId = input.experimentId() != null ? input.experimentId() : Workflow.getInfo().getWorkflowId();
        records.openExperiment(new ExperimentOpening(experimentId, "evaluation " + input.direction().code(), WorkflowJson.tree(input)));
        Map<String, Object> config = new HashMap<>(input.config());
        if (input.ganTrialId() != null) config.put("ganTrialId", input.ganTrialId());
        if (input.samplesPath() != null) config.put("samplesPath", input.samplesPath());
        if (input.judgeWeights() != null) config.put("judgeWeights", input.judgeWeights());
        TrialRequest request = new TrialRequest(experimentId, experimentId + "/evaluation-" + input.direction().code(), null,
                TrialKind.EVALUATION, input.direction(), input.pairsPath(), config);
        try {
            return classification.classifySamples(request);
        } catch (ActivityFailure e) {
            String reason = FailureReason.of(e);
            records.recordTrialFailure(new TrialFailure(request, reason));
            return TrialResult.failed(request.trialId(), reason);
        }
    }
}
