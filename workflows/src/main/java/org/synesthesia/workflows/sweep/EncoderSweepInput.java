package org.synesthesia.workflows.sweep;

import java.util.List;
import java.util.Map;
import org.synesthesia.workflows.Direction;

/**
 * An encoder-selection sweep: one trial per encoding and setting (the cross product), run at most
 * {@code parallelism} at a time, the best picked by {@code criterion} ({@code goal} max or min).
 * {@code experimentId} null means the workflow id.
 */
public record EncoderSweepInput(String experimentId, String name, Direction direction, String pairsPath,
                                List<String> encodings, List<Map<String, Object>> settings,
                                String criterion, String goal, Integer parallelism) {
    public EncoderSweepInput {
        if (name == null) name = direction == null ? "encoders" : direction.code() + "-encoders";
        if (encodings == null || encodings.isEmpty())
            throw new IllegalArgumentException("sweep " + name + " needs at least one encoding, e.g. \"encodings\": [\"lms\", \"cqt\"]");
        if (settings == null || settings.isEmpty()) settings = List.of(Map.of());
        if (criterion == null) criterion = "test_accuracy";
        if (goal == null) goal = "max";
        if (!goal.equals("max") && !goal.equals("min"))
            throw new IllegalArgumentException("sweep " + name + ": goal must be \"max\" or \"min\", not \"" + goal + "\"");
        if (parallelism == null) parallelism = 2;
        if (parallelism < 1) throw new IllegalArgumentException("sweep " + name + ": parallelism must be at least 1");
    }

    /** The number of trials: encodings times settings. */
    public int trialCount() { return encodings.size() * settings.size(); }
}
