package org.synesthesia.workflows.experiment;

import java.util.List;
import java.util.Map;
import org.synesthesia.workflows.Direction;

/** An encoder sweep inside an experiment; see EncoderSweepInput for the defaults. */
public record SweepSpec(String name, Direction direction, List<String> encodings, List<Map<String, Object>> settings,
                        String criterion, String goal, Integer parallelism) {}
