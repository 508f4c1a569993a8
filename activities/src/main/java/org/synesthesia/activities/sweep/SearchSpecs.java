package org.synesthesia.activities.sweep;

import io.temporal.failure.ApplicationFailure;
import java.util.Map;
import org.synesthesia.sweep.Objective;
import org.synesthesia.sweep.SweepSpec;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.sweep.SweepInput;

/** Turns a Sweep workflow's input into core's search spec; a spec core refuses fails as bad input, never retried. */
final class SearchSpecs {
    private SearchSpecs() {}

    static SweepSpec of(SweepInput in) {
        try {
            Map<String, Object> o = in.objective() == null ? Map.of() : in.objective();
            Objective objective = new Objective((String) o.get("metric"), (String) o.get("goal"),
                    o.get("target") instanceof Number n ? n.doubleValue() : null);
            return new SweepSpec(in.space(), in.method(), in.seed(), in.gridPoints(), objective, in.earlyStopping(),
                    in.budget(), in.maxTrials());
        } catch (IllegalArgumentException | ClassCastException e) {
            throw ApplicationFailure.newNonRetryableFailure("sweep " + in.name() + ": " + e.getMessage(), StepOptions.BAD_INPUT);
        }
    }
}
