package org.synesthesia.workflows.records;

/** The trial a sweep picked, or null when none completed. */
public record SweepDecision(String sweepId, String bestTrialId) {}
