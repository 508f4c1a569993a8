package org.synesthesia.workflows.human;

/** One person's answer for one sample: the instrument code they chose, and an optional 1-5 realism score. */
public record Rating(String sample, String rater, String answer, Integer realism) {}
