package org.synesthesia.workflows.dataset;

import io.temporal.workflow.Workflow;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.WorkflowJson;
import org.synesthesia.workflows.records.ExperimentOpening;
import org.synesthesia.workflows.records.RecordActivities;

/** Runs the data steps in order; a failure propagates to the caller as the activity's failure. */
public final class DatasetCompositionWorkflowImpl implements DatasetCompositionWorkflow {
    private final DatasetActivities data;
    private final RecordActivities records;

    public DatasetCompositionWorkflowImpl(StepOptions options) {
        data = Workflow.newActivityStub(DatasetActivities.class, options.data());
        records = Workflow.newActivityStub(RecordActivities.class, options.records());
    }

    @Override
    public DatasetResult compose(DatasetRequest request) {
        String experimentId = request.experimentId() != null ? request.experimentId() : Workflow.getInfo().getWorkflowId();
        DatasetRequest req = new DatasetRequest(experimentId, request.name(), request.spec());
        records.openExperiment(new ExperimentOpening(experimentId, "dataset " + experimentId, WorkflowJson.tree(req)));
        SourceResult source = req.spec().source() == null ? data.synthesizeSource(req) : data.locateSource(req);
        DatasetResult prepared = data.preparePairs(new PrepareRequest(experimentId, req.name(), req.spec(), source));
        return data.recordDataset(prepared);
    }
}
