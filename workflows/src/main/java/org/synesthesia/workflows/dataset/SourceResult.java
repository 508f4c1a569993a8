package org.synesthesia.workflows.dataset;

/** A source folder ready to prepare, and whether this experiment synthesized it. */
public record SourceResult(String path, boolean synthesized) {}
