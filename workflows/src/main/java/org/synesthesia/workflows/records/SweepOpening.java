package org.synesthesia.workflows.records;

import org.synesthesia.workflows.Direction;

/** A sweep to record: its id, experiment, direction, and the criterion its best trial is picked by. */
public record SweepOpening(String sweepId, String experimentId, Direction direction, String criterion,
                           String goal, int parallelism) {}
