package org.synesthesia.workflows.gan;

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
import org.synesthesia.workflows.trial.GanTrainingActivity;
import org.synesthesia.workflows.trial.TrialKind;
import org.synesthesia.workflows.trial.TrialRequest;
import org.synesthesia.workflows.trial.TrialResult;

/** One training activity; resumption from checkpoints happens inside it, across its retries. */
public final class GanTrainingWorkflowImpl implements GanTrainingWorkflow {
    private final GanTrainingActivity training;
    private final RecordActivities records;

    public GanTrainingWorkflowImpl(StepOptions options) {
        training = Workflow.newActivityStub(GanTrainingActivity.class, options.training());
        records = Workflow.newActivityStub(RecordActivities.class, options.records());
    }

    @Override
    public TrialResult train(GanInput input) {
        String experimentId = input.experimentId() != null ? input.experimentId() : Workflow.getInfo().getWorkflowId();
        records.openExperiment(new ExperimentOpening(experimentId, "gan " + input.direction().code(), WorkflowJson.tree(input)));
        Map<String, Object> config = new HashMap<>(input.config());
        if (input.encoderTrialId() != null) config.put("encoderTrialId", input.encoderTrialId());
        if (input.encoderWeights() != null) config.put("encoderWeights", input.encoderWeights());
        TrialRequest request = new TrialRequest(experimentId, experimentId + "/gan-" + input.direction().code(), null,
                TrialKind.GAN, input.direction(), input.pairsPath(), config);
        try {
            return training.trainGan(request);
        } catch (ActivityFailure e) {
            String reason = FailureReason.of(e);
            records.recordTrialFailure(new TrialFailure(request, reason));
            return TrialResult.failed(request.trialId(), reason);
        }
    }
}
