package org.synesthesia.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One metric's numbers with the settings that make them comparable: the feature extractor, the
 * modality, sample rate, clip length and sample counts. Two results are only comparable when
 * their settings agree.
 *
 * @param name     the registry name, e.g. {@code frechet_distance}
 * @param values   named numbers, e.g. {@code fd}; NaN where a value could not be computed
 * @param settings what produced them, as text
 */
public record MetricResult(String name, Map<String, Double> values, Map<String, String> settings) {

    public MetricResult {
        // insertion order kept (Map.copyOf's order changes from JVM to JVM), so that one
        // evaluation always writes the same metrics.json
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The value named {@code key}; fails loudly when the metric did not produce it. */
    public double value(String key) {
        Double v = values.get(key);
        if (v == null) throw new IllegalArgumentException(name + " has no value '" + key + "' (it has " + values.keySet() + ")");
        return v;
    }
}
