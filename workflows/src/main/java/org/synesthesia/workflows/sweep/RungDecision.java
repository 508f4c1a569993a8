package org.synesthesia.workflows.sweep;

/** Whether a trial goes on past a budget; when it stops, the rule's reason. */
public record RungDecision(boolean stop, String reason) {}
