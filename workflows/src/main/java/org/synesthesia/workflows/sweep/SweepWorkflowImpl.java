package org.synesthesia.workflows.sweep;

import io.temporal.api.enums.v1.ParentClosePolicy;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.CancellationScope;
import io.temporal.workflow.ChildWorkflowCancellationType;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synesthesia.workflows.FailureReason;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.WorkflowJson;
import org.synesthesia.workflows.records.ExperimentOpening;
import org.synesthesia.workflows.records.RecordActivities;

/**
 * Orchestration only: suggestions, verdicts and the standing come from activities over
 * PostgreSQL. Trials run as child workflows with ids derived from the trial's, so a retried launch
 * cannot run a trial twice. Every {@code trialsPerRun} launches the sweep lets its running trials
 * finish and continues as new, carrying only the {@link SweepCursor}.
 */
public final class SweepWorkflowImpl implements SweepWorkflow {
    private final SweepActivities sweeps;
    private final RecordActivities records;

    private final Map<String, Promise<TrialEnd>> running = new LinkedHashMap<>();
    private final Map<String, CancellationScope> scopes = new LinkedHashMap<>();
    private SweepInput input;
    private SweepPlan plan;
    private int nextIndex;
    private int parallelism;
    private boolean paused;
    private boolean stopping;
    private boolean cancelling;
    private int generation;
    private String status = "starting";
    private SweepStanding standing = new SweepStanding(Map.of(), null, null, false);

    public SweepWorkflowImpl(StepOptions options) {
        sweeps = Workflow.newActivityStub(SweepActivities.class, options.records());
        records = Workflow.newActivityStub(RecordActivities.class, options.records());
    }

    @Override
    public SweepOutcome run(SweepInput in, SweepCursor cursor) {
        input = in;
        if (cursor == null) {
            String experimentId = in.experimentId() != null ? in.experimentId() : Workflow.getInfo().getWorkflowId();
            records.openExperiment(new ExperimentOpening(experimentId, "sweep " + in.name(), WorkflowJson.tree(in)));
            plan = sweeps.openSearch(experimentId, in);
            parallelism = in.parallelism();
        } else {
            plan = cursor.plan();
            nextIndex = cursor.nextIndex();
            parallelism = cursor.parallelism();
            paused = cursor.paused();
            generation = cursor.generation();
            standing = sweeps.standing(plan.sweepId());
        }
        status = "running";
        int launchedThisRun = 0;
        String endReason = null;
        while (true) {
            if (endReason == null) endReason = endReason();
            boolean rollOver = launchedThisRun >= in.trialsPerRun();
            while (endReason == null && !rollOver && !paused && running.size() < parallelism) {
                Suggestion s = sweeps.suggest(plan.sweepId(), nextIndex);
                if (s == null) {
                    endReason = "the method has no more suggestions after " + nextIndex + " trials";
                    break;
                }
                nextIndex++;
                launchedThisRun++;
                launch(s);
                rollOver = launchedThisRun >= in.trialsPerRun();
            }
            if (running.isEmpty() && (endReason != null || cancelling)) break;
            if (running.isEmpty() && rollOver) {
                Workflow.continueAsNew(in, new SweepCursor(plan, nextIndex, parallelism, paused, generation + 1));
            }
            int slots = parallelism;
            boolean wasPaused = paused;
            boolean wasStopping = stopping;
            boolean wasCancelling = cancelling;
            Workflow.await(() -> running.values().stream().anyMatch(Promise::isCompleted) || parallelism != slots
                    || paused != wasPaused || stopping != wasStopping || cancelling != wasCancelling);
            if (cancelling) scopes.values().forEach(CancellationScope::cancel);
            collectFinished();
        }
        String end = cancelling ? "cancelled" : stopping ? "stopped" : standing.count("completed") + standing.count("stopped") == 0 ? "failed" : "completed";
        String reason = cancelling ? "cancelled by signal" : stopping ? "stopped by signal" : endReason;
        status = end;
        sweeps.endSearch(new SweepEnd(plan.sweepId(), end, reason));
        standing = sweeps.standing(plan.sweepId());
        return new SweepOutcome(plan.sweepId(), end, reason, standing.trials(), standing.bestTrialId(), standing.bestValue());
    }

    /** Why no more trials start, or null while they may. */
    private String endReason() {
        if (cancelling) return "cancelled by signal";
        if (stopping) return "stopped by signal";
        if (standing.targetReached()) return "trial " + standing.bestTrialId() + " reached the target";
        if (standing.count("failed") >= input.maxFailedTrials())
            return standing.count("failed") + " trials failed (maxFailedTrials " + input.maxFailedTrials() + ")";
        if (nextIndex >= plan.trialLimit()) return "all " + plan.trialLimit() + " trials ran";
        return null;
    }

    private void launch(Suggestion s) {
        ChildWorkflowOptions options = ChildWorkflowOptions.newBuilder()
                .setWorkflowId(Workflow.getInfo().getWorkflowId() + "/trial-" + s.index())
                .setCancellationType(ChildWorkflowCancellationType.WAIT_CANCELLATION_COMPLETED)
                .setParentClosePolicy(ParentClosePolicy.PARENT_CLOSE_POLICY_REQUEST_CANCEL)
                .build();
        SweepTrialWorkflow child = Workflow.newChildWorkflowStub(SweepTrialWorkflow.class, options);
        String metric = input.objective() == null || input.objective().get("metric") == null
                ? "test_accuracy" : String.valueOf(input.objective().get("metric"));
        SweepTrialInput trial = new SweepTrialInput(plan.sweepId(), s, input.trial(), input.pairsPath(), metric, plan.budgets());
        List<Promise<TrialEnd>> holder = new ArrayList<>(1);
        CancellationScope scope = Workflow.newCancellationScope(() -> holder.add(Async.function(child::run, trial)));
        scope.run();
        running.put(s.trialId(), holder.get(0));
        scopes.put(s.trialId(), scope);
    }

    private void collectFinished() {
        boolean any = false;
        for (var it = running.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isCompleted()) continue;
            try {
                e.getValue().get();
            } catch (ChildWorkflowFailure | io.temporal.failure.CanceledFailure f) {
                // The child records its own end; this only happens when its workflow itself broke.
                sweeps.endTrial(new TrialEnd(plan.sweepId(), e.getKey(), cancelling ? "cancelled" : "failed", FailureReason.of(f), 0));
            }
            it.remove();
            scopes.remove(e.getKey());
            any = true;
        }
        if (any) standing = sweeps.standing(plan.sweepId());
    }

    @Override
    public void pause() { paused = true; }

    @Override
    public void resume() { paused = false; }

    @Override
    public void stop() { stopping = true; }

    @Override
    public void cancel() { cancelling = true; }

    @Override
    public void setParallelism(int n) {
        if (n >= 1) parallelism = n;
    }

    @Override
    public SweepState state() {
        String shown = paused && "running".equals(status) ? "paused" : cancelling && "running".equals(status) ? "cancelling"
                : stopping && "running".equals(status) ? "stopping" : status;
        return new SweepState(plan == null ? null : plan.sweepId(), shown, paused, parallelism, nextIndex,
                plan == null ? 0 : plan.trialLimit(), standing.trials(), standing.bestTrialId(), standing.bestValue(),
                List.copyOf(running.keySet()), plan == null ? 0 : Math.max(0, plan.trialLimit() - nextIndex), generation);
    }
}
