package org.synesthesia.workflows.sweep;

/** The objective's value after a rung. */
public record RungResult(String trialId, int budget, double value) {}
