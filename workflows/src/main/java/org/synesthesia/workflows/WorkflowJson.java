package org.synesthesia.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns a workflow's input record into a JSON tree for the records; pure, so safe in workflow code. */
public final class WorkflowJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WorkflowJson() {}

    public static JsonNode tree(Object value) { return MAPPER.valueToTree(value); }
}
