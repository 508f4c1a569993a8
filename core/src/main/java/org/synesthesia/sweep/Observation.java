package org.synesthesia.sweep;

import java.util.Map;

/** A finished trial as samplers see it: its index, its parameters and its objective value. */
public record Observation(int index, Map<String, Object> params, double value) {}
