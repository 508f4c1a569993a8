package org.synesthesia.workflows.sweep;

import java.util.Map;

/** Train (or continue) one sweep trial up to {@code budget} epochs of {@code maxBudget}, and measure the objective. */
public record RungRequest(String sweepId, String trialId, String trial, String pairsPath, Map<String, Object> params,
                          String metric, int budget, int maxBudget) {}
