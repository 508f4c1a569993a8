package org.synesthesia.activities.training;

/** A saved full training state: the step it was taken after and its file. Small enough to heartbeat. */
public record Checkpoint(long step, String path) {}
