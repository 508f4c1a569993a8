package org.synesthesia.workflows.sweep;

import java.util.Map;

/** A suggested trial, recorded before it runs: its id, index and parameters (the fixed ones merged in). */
public record Suggestion(String trialId, int index, Map<String, Object> params) {}
