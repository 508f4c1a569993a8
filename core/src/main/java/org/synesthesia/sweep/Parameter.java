package org.synesthesia.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One dimension of a search space. Numeric dimensions map to a unit interval (log-scaled where
 * asked) so that samplers can treat them alike; categorical ones are sampled by index.
 */
public sealed interface Parameter {
    String name();

    /** A value drawn uniformly (uniform in log for log scales). */
    Object sample(Random random);

    /** The values a grid visits: every category, or {@code points} evenly spaced values (all integers when fewer). */
    List<Object> grid(int points);

    /** A categorical choice, e.g. the encoding {@code lms}, {@code cqt} or {@code wave}. */
    record Categorical(String name, List<Object> values) implements Parameter {
        public Categorical {
            if (values == null || values.isEmpty())
                throw new IllegalArgumentException("parameter " + name + " needs at least one value in \"values\"");
            values = List.copyOf(values);
        }
        public Object sample(Random random) { return values.get(random.nextInt(values.size())); }
        public List<Object> grid(int points) { return values; }
        public int index(Object value) {
            for (int i = 0; i < values.size(); i++) if (String.valueOf(values.get(i)).equals(String.valueOf(value))) return i;
            return -1;
        }
    }

    /** A number between {@code min} and {@code max} inclusive; integral when {@code integer}. */
    record Range(String name, double min, double max, boolean log, boolean integer) implements Parameter {
        public Range {
            if (!(min <= max)) throw new IllegalArgumentException("parameter " + name + ": min must not exceed max");
            if (log && min <= 0) throw new IllegalArgumentException("parameter " + name + ": a log scale needs min > 0");
        }
        public Object sample(Random random) { return fromUnit(random.nextDouble()); }

        public List<Object> grid(int points) {
            int n = integer ? (int) Math.min(points, Math.round(max) - Math.round(min) + 1) : points;
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Object v = fromUnit(n == 1 ? 0.5 : i / (double) (n - 1));
                if (!out.contains(v)) out.add(v);
            }
            return out;
        }

        /** Where {@code value} sits on the (log-)scaled unit interval. */
        public double toUnit(Object value) {
            double v = ((Number) value).doubleValue();
            if (max == min) return 0.5;
            double u = log ? (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (v - min) / (max - min);
            return Math.min(1, Math.max(0, u));
        }

        /** The value at {@code u} of the (log-)scaled unit interval, rounded for integers. */
        public Object fromUnit(double u) {
            u = Math.min(1, Math.max(0, u));
            double v = log ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
            if (integer) return (int) Math.round(v);
            return v;
        }
    }

    /**
     * Reads one dimension of a spec's {@code space}: {@code {"values": [...]}}, {@code {"min": 4,
     * "max": 32, "type": "int"}} or {@code {"min": 1e-4, "max": 1e-1, "scale": "log"}}.
     */
    static Parameter parse(String name, Object spec) {
        if (spec instanceof List<?> list) return new Categorical(name, new ArrayList<>(list));
        if (!(spec instanceof Map<?, ?> m))
            throw new IllegalArgumentException("parameter " + name + " must be a list of values or an object with \"values\" or \"min\" and \"max\"");
        if (m.containsKey("values")) return new Categorical(name, new ArrayList<>((List<?>) m.get("values")));
        if (!(m.get("min") instanceof Number lo) || !(m.get("max") instanceof Number hi))
            throw new IllegalArgumentException("parameter " + name + " needs numeric \"min\" and \"max\", or \"values\"");
        Object scale = m.get("scale");
        if (scale != null && !"linear".equals(scale) && !"log".equals(scale))
            throw new IllegalArgumentException("parameter " + name + ": scale must be \"linear\" or \"log\", not \"" + scale + "\"");
        Object type = m.get("type");
        if (type != null && !"int".equals(type) && !"float".equals(type))
            throw new IllegalArgumentException("parameter " + name + ": type must be \"int\" or \"float\", not \"" + type + "\"");
        boolean integer = "int".equals(type) || (type == null && lo instanceof Integer && hi instanceof Integer);
        return new Range(name, lo.doubleValue(), hi.doubleValue(), "log".equals(scale), integer);
    }
}
