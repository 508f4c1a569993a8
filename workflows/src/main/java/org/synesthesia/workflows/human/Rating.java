package org.synesthesia.workflows.human;

/**
 * One person's answer for one sample (a study question id, or a sample file): the instrument code
 * they chose, an optional 1-5 realism score, and, where the rating app knows them, the condition
 * scored, the correct instrument code and the judging classifier's code for the same item.
 */
public record Rating(String sample, String rater, String answer, Integer realism, String condition, String truth, String judge) {

    /** An answer without what it is scored against. */
    public Rating(String sample, String rater, String answer, Integer realism) {
        this(sample, rater, answer, realism, null, null, null);
    }
}
