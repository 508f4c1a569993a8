package org.synesthesia.workflows.sweep;

import java.util.List;

/** One trial of a search sweep, run as a child workflow: rung by rung through {@code budgets}. */
public record SweepTrialInput(String sweepId, Suggestion suggestion, String trial, String pairsPath, String metric,
                              List<Integer> budgets) {}
