package org.synesthesia.workflows.experiment;

import java.util.Map;
import org.synesthesia.workflows.Direction;

/** A GAN inside an experiment; it is conditioned on the best encoder of the sweep with the same direction. */
public record GanSpec(Direction direction, Map<String, Object> config) {}
