package org.synesthesia.sweep;

import java.util.List;
import java.util.Map;

/** Visits every point of the grid once, in order. */
public final class GridSampler implements Sampler {
    private final List<Map<String, Object>> points;

    public GridSampler(SearchSpace space, int pointsPerRange) { this.points = space.grid(pointsPerRange); }

    @Override
    public Map<String, Object> suggest(int index, List<Observation> observations) {
        return index < points.size() ? points.get(index) : null;
    }

    @Override
    public int capacity() { return points.size(); }
}
