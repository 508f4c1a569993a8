package org.synesthesia.workflows.trial;

import java.util.Map;
import java.util.TreeMap;
import org.synesthesia.workflows.Direction;

/**
 * One trial to run: which experiment, its id ({@code <experiment>/<step>}), the sweep it belongs
 * to (or null), what it trains, on which pairs, with which settings (plain JSON values).
 */
public record TrialRequest(String experimentId, String trialId, String sweepId, TrialKind kind,
                           Direction direction, String pairsPath, Map<String, Object> config) {
    public TrialRequest {
        config = config == null ? Map.of() : new TreeMap<>(config);
        if (!trialId.startsWith(experimentId + "/"))
            throw new IllegalArgumentException("trial id " + trialId + " must start with its experiment id " + experimentId + "/");
    }

    /** The step name of this trial within its experiment: its id without the experiment prefix. */
    public String step() { return trialId.substring(experimentId.length() + 1); }
}
