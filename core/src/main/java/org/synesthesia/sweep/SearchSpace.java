package org.synesthesia.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The dimensions a sweep searches over, in the spec's order. */
public record SearchSpace(List<Parameter> parameters) {
    public SearchSpace {
        if (parameters == null || parameters.isEmpty())
            throw new IllegalArgumentException("a sweep's \"space\" needs at least one parameter");
        parameters = List.copyOf(parameters);
    }

    /** Reads a spec's {@code space} object, one entry per parameter (see {@link Parameter#parse}). */
    public static SearchSpace parse(Map<String, ?> space) {
        if (space == null) throw new IllegalArgumentException("a sweep needs a \"space\", e.g. {\"encoding\": {\"values\": [\"lms\", \"cqt\"]}}");
        List<Parameter> ps = new ArrayList<>();
        space.forEach((name, spec) -> ps.add(Parameter.parse(name, spec)));
        return new SearchSpace(ps);
    }

    /** One point drawn uniformly from every dimension. */
    public Map<String, Object> sample(Random random) {
        Map<String, Object> point = new LinkedHashMap<>();
        for (Parameter p : parameters) point.put(p.name(), p.sample(random));
        return point;
    }

    /** Every point of the grid, the last dimension varying fastest; numeric ranges take {@code points} values. */
    public List<Map<String, Object>> grid(int points) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Parameter p : parameters) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : out)
                for (Object v : p.grid(points)) {
                    Map<String, Object> point = new LinkedHashMap<>(partial);
                    point.put(p.name(), v);
                    next.add(point);
                }
            out = next;
        }
        return out;
    }
}
