package org.synesthesia.activities.training;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a finished trainer hands back: the number of steps it reached, its summary metrics (recorded
 * at that step, e.g. {@code test_accuracy}), and its output (release weights or a samples folder) with its kind.
 */
public record TrainerOutcome(long steps, Map<String, Double> metrics, Path output, String outputKind) {}
