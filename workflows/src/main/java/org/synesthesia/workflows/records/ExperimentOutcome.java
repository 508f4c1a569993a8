package org.synesthesia.workflows.records;

/** How an experiment ended: {@code completed}, or {@code failed} with the first reason. */
public record ExperimentOutcome(String experimentId, String status, String failure) {}
