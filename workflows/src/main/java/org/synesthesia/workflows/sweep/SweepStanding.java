package org.synesthesia.workflows.sweep;

import java.util.Map;

/** The sweep's trials by status and its best so far, read from PostgreSQL; {@code targetReached} ends it early. */
public record SweepStanding(Map<String, Integer> trials, String bestTrialId, Double bestValue, boolean targetReached) {
    public int count(String status) { return trials.getOrDefault(status, 0); }
}
