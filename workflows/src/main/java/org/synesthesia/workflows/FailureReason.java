package org.synesthesia.workflows;

import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.failure.TimeoutFailure;

/** Turns a failed activity or child workflow into the one sentence that is recorded and returned. */
public final class FailureReason {
    private FailureReason() {}

    /** The innermost application message, or a timeout's kind, or the outermost message. */
    public static String of(Throwable failure) {
        String reason = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApplicationFailure a) reason = a.getOriginalMessage();
            else if (t instanceof TimeoutFailure timeout) reason = "timed out (" + timeout.getTimeoutType() + ")";
            else if (reason == null && t instanceof TemporalFailure tf) reason = tf.getOriginalMessage();
            if (t.getCause() == t) break;
        }
        if (reason == null || reason.isBlank()) reason = failure.getClass().getSimpleName();
        return reason;
    }
}
