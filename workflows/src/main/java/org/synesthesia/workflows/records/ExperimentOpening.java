package org.synesthesia.workflows.records;

import com.fasterxml.jackson.databind.JsonNode;

/** An experiment to record as running: its id (the workflow id), name and full input. */
public record ExperimentOpening(String experimentId, String name, JsonNode config) {}
