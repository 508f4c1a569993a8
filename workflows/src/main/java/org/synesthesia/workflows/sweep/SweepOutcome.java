package org.synesthesia.workflows.sweep;

import java.util.Map;

/** A finished sweep: how it ended and why, its trials by status and the best one. */
public record SweepOutcome(String sweepId, String status, String reason, Map<String, Integer> trials,
                           String bestTrialId, Double bestValue) {}
