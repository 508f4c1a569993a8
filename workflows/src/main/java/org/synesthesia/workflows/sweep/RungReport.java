package org.synesthesia.workflows.sweep;

/** A trial's objective value at one budget, for the early-stopping rule to judge. */
public record RungReport(String sweepId, String trialId, int budget, double value) {}
