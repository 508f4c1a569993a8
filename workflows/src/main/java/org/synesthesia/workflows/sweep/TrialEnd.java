package org.synesthesia.workflows.sweep;

/**
 * How a sweep trial ended: {@code completed}, {@code stopped} (early), {@code failed} or {@code
 * cancelled}, with the reason for all but completed, and the last budget it reached.
 */
public record TrialEnd(String sweepId, String trialId, String status, String reason, int budget) {}
