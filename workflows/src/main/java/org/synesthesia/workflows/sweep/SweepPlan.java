package org.synesthesia.workflows.sweep;

import java.util.List;

/** What the sweep activities made of a spec: its id, the budgets trials report at, and how many trials at most. */
public record SweepPlan(String sweepId, String experimentId, List<Integer> budgets, int trialLimit) {}
