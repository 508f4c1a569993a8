package org.synesthesia.activities.sweep;

import io.temporal.failure.ApplicationFailure;
import java.util.Map;
import org.synesthesia.sweep.Objective;
import org.synesthesia.sweep.SweepSpec;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.sweep.SweepInput;

/** Turns a Sweep workflow's input into core's search spec; a spec core refuses fails as bad input, never retried. */
public final class SearchSpecs {
    private SearchSpecs() {}

    static SweepSpec of(SweepInput in) {
        try {
            return parse(in);
        } catch (IllegalArgumentException e) {
            throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), StepOptions.BAD_INPUT);
        }
    }

    /** Core's spec of a Sweep input, with its trial limit checked; a refused one throws with one sentence naming the sweep. */
    public static SweepSpec parse(SweepInput in) {
        try {
            Map<String, Object> o = in.objective() == null ? Map.of() : in.objective();
            Objective objective = new Objective((String) o.get("metric"), (String) o.get("goal"),
                    o.get("target") instanceof Number n ? n.doubleValue() : null);
            SweepSpec spec = new SweepSpec(in.space(), in.method(), in.seed(), in.gridPoints(), objective, in.earlyStopping(),
                    in.budget(), in.maxTrials());
            spec.trialLimit();
            return spec;
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("sweep " + in.name() + ": " + e.getMessage(), e);
        }
    }
}
