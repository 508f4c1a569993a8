package org.synesthesia.workflows.sweep;

import io.temporal.activity.ActivityCancellationType;
import io.temporal.activity.ActivityOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.workflow.Workflow;
import org.synesthesia.workflows.FailureReason;
import org.synesthesia.workflows.StepOptions;

/**
 * Each rung is one training activity (resuming the trial's own checkpoint) followed by one
 * judgement. Cancellation reaches the training at its next heartbeat; the end is then recorded in
 * a detached scope so that a cancelled trial still gets its row's final status.
 */
public final class SweepTrialWorkflowImpl implements SweepTrialWorkflow {
    private final SweepTrialActivity training;
    private final SweepActivities sweeps;

    public SweepTrialWorkflowImpl(StepOptions options) {
        training = Workflow.newActivityStub(SweepTrialActivity.class, ActivityOptions.newBuilder(options.training())
                .setCancellationType(ActivityCancellationType.WAIT_CANCELLATION_COMPLETED).build());
        sweeps = Workflow.newActivityStub(SweepActivities.class, options.records());
    }

    @Override
    public TrialEnd run(SweepTrialInput in) {
        String trialId = in.suggestion().trialId();
        int maxBudget = in.budgets().get(in.budgets().size() - 1);
        int reached = 0;
        TrialEnd end;
        try {
            end = null;
            for (int budget : in.budgets()) {
                RungResult r = training.train(new RungRequest(in.sweepId(), trialId, in.trial(), in.pairsPath(),
                        in.suggestion().params(), in.metric(), budget, maxBudget));
                reached = budget;
                RungDecision d = sweeps.judge(new RungReport(in.sweepId(), trialId, budget, r.value()));
                if (d.stop()) {
                    end = new TrialEnd(in.sweepId(), trialId, "stopped", d.reason(), budget);
                    break;
                }
            }
            if (end == null) end = new TrialEnd(in.sweepId(), trialId, "completed", null, reached);
        } catch (ActivityFailure e) {
            if (e.getCause() instanceof CanceledFailure) end = cancelled(in, reached);
            else end = new TrialEnd(in.sweepId(), trialId, "failed", FailureReason.of(e), reached);
        } catch (CanceledFailure e) {
            end = cancelled(in, reached);
        }
        TrialEnd recorded = end;
        Workflow.newDetachedCancellationScope(() -> sweeps.endTrial(recorded)).run();
        return recorded;
    }

    private static TrialEnd cancelled(SweepTrialInput in, int reached) {
        return new TrialEnd(in.sweepId(), in.suggestion().trialId(), "cancelled", "the sweep was cancelled", reached);
    }
}
