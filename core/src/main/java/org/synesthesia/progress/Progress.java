package org.synesthesia.progress;

/**
 * Where long work reports how far it has come: the terminal, a Temporal heartbeat, a metric.
 * Implementations must be cheap; callers may report often.
 */
@FunctionalInterface
public interface Progress {

    /** Reports {@code done} of {@code total} units (total <= 0 when unknown) in {@code stage}. */
    void update(String stage, long done, long total);

    /** Reports nothing. */
    Progress NONE = (stage, done, total) -> {};

    /** Reports to both. */
    default Progress and(Progress other) {
        return (stage, done, total) -> {
            update(stage, done, total);
            other.update(stage, done, total);
        };
    }
}
