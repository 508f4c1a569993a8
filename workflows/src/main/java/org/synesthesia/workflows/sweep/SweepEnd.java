package org.synesthesia.workflows.sweep;

/** A sweep's end: {@code completed}, {@code stopped}, {@code cancelled} or {@code failed}, and why. */
public record SweepEnd(String sweepId, String status, String reason) {}
