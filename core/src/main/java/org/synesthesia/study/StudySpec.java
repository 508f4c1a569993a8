package org.synesthesia.study;

/**
 * How to draw a study from its items: the seed of every random choice, at most how many
 * name-the-instrument questions per (condition, image or sound) (0 = all items), and how many
 * which-image-goes-with-this-sound questions per image condition (0 = none).
 */
public record StudySpec(long seed, int perCondition, int matchesPerCondition) {
    public StudySpec {
        if (perCondition < 0 || matchesPerCondition < 0) throw new IllegalArgumentException("question counts must not be negative");
    }
}
