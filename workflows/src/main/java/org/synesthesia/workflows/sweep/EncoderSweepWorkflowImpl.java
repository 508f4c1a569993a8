package org.synesthesia.workflows.sweep;

import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synesthesia.workflows.FailureReason;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.WorkflowJson;
import org.synesthesia.workflows.records.ExperimentOpening;
import org.synesthesia.workflows.records.RecordActivities;
import org.synesthesia.workflows.records.SweepDecision;
import org.synesthesia.workflows.records.SweepOpening;
import org.synesthesia.workflows.records.TrialFailure;
import org.synesthesia.workflows.trial.EncoderTrialActivity;
import org.synesthesia.workflows.trial.TrialKind;
import org.synesthesia.workflows.trial.TrialRequest;
import org.synesthesia.workflows.trial.TrialResult;

/**
 * Trials are activities started asynchronously; at most {@code parallelism} are in flight. A failed
 * trial is recorded and the sweep goes on; the sweep fails only when no trial completed.
 */
public final class EncoderSweepWorkflowImpl implements EncoderSweepWorkflow {
    private final EncoderTrialActivity trials;
    private final RecordActivities records;

    public EncoderSweepWorkflowImpl(StepOptions options) {
        trials = Workflow.newActivityStub(EncoderTrialActivity.class, options.training());
        records = Workflow.newActivityStub(RecordActivities.class, options.records());
    }

    @Override
    public SweepResult sweep(EncoderSweepInput input) {
        String experimentId = input.experimentId() != null ? input.experimentId() : Workflow.getInfo().getWorkflowId();
        String sweepId = experimentId + "/sweep-" + input.name();
        records.openExperiment(new ExperimentOpening(experimentId, "sweep " + input.name(), WorkflowJson.tree(input)));
        records.openSweep(new SweepOpening(sweepId, experimentId, input.direction(), input.criterion(), input.goal(), input.parallelism()));

        List<TrialRequest> requests = trialRequests(experimentId, sweepId, input);
        List<Promise<TrialResult>> results = new ArrayList<>();
        List<Promise<TrialResult>> inFlight = new ArrayList<>();
        for (TrialRequest request : requests) {
            if (inFlight.size() >= input.parallelism()) {
                Promise.anyOf(inFlight).get();
                inFlight.removeIf(Promise::isCompleted);
            }
            Promise<TrialResult> result = Async.function(this::runTrial, request);
            results.add(result);
            inFlight.add(result);
        }
        List<TrialResult> done = new ArrayList<>();
        for (Promise<TrialResult> r : results) done.add(r.get());

        TrialResult best = best(done, input.criterion(), input.goal());
        records.decideSweep(new SweepDecision(sweepId, best == null ? null : best.trialId()));
        if (best == null) {
            String first = done.stream().filter(t -> !t.succeeded()).map(TrialResult::failure).findFirst()
                    .orElse("no trial reported " + input.criterion());
            return new SweepResult(sweepId, input.criterion(), null, null, null, done,
                    "no trial of sweep " + input.name() + " completed with " + input.criterion() + "; first failure: " + first);
        }
        // Later stages load the release weights (the trial's output), not its full training state.
        return new SweepResult(sweepId, input.criterion(), best.trialId(), best.metrics().get(input.criterion()),
                best.output() != null ? best.output() : best.checkpoint(), done, null);
    }

    private TrialResult runTrial(TrialRequest request) {
        try {
            return trials.trainEncoder(request);
        } catch (ActivityFailure e) {
            String reason = FailureReason.of(e);
            records.recordTrialFailure(new TrialFailure(request, reason));
            return TrialResult.failed(request.trialId(), reason);
        }
    }

    /** One request per (encoding, setting), in that nesting order; trial ids are stable across reruns. */
    static List<TrialRequest> trialRequests(String experimentId, String sweepId, EncoderSweepInput input) {
        List<TrialRequest> requests = new ArrayList<>();
        int index = 0;
        for (String encoding : input.encodings()) {
            for (Map<String, Object> setting : input.settings()) {
                Map<String, Object> config = new HashMap<>(setting);
                config.put("encoding", encoding);
                String trialId = String.format(java.util.Locale.ROOT, "%s/sweep-%s/trial-%03d-%s", experimentId, input.name(), index++, encoding);
                requests.add(new TrialRequest(experimentId, trialId, sweepId, TrialKind.ENCODER, input.direction(),
                        input.pairsPath(), config));
            }
        }
        return requests;
    }

    /** The completed trial with the best criterion value; the earliest wins a tie. */
    static TrialResult best(List<TrialResult> results, String criterion, String goal) {
        TrialResult best = null;
        for (TrialResult r : results) {
            Double v = r.succeeded() ? r.metrics().get(criterion) : null;
            if (v == null || v.isNaN()) continue;
            double b = best == null ? Double.NaN : best.metrics().get(criterion);
            if (best == null || ("max".equals(goal) ? v > b : v < b)) best = r;
        }
        return best;
    }
}
