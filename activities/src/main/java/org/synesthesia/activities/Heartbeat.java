package org.synesthesia.activities;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.client.ActivityCompletionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Heartbeats an activity from a thread of its own while the work blocks (one long fit, one long
 * render), carrying small details (a step, a checkpoint path). The SDK throttles what reaches the server.
 */
public final class Heartbeat implements AutoCloseable {
    private final ActivityExecutionContext context;
    private final Supplier<?> details;
    private final ScheduledExecutorService thread;
    private volatile ActivityCompletionException ended;

    private Heartbeat(ActivityExecutionContext context, Duration every, Supplier<?> details) {
        this.context = context;
        this.details = details;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeat " + context.getInfo().getActivityId());
            t.setDaemon(true);
            return t;
        });
        thread.scheduleAtFixedRate(() -> {
            try {
                beat();
            } catch (ActivityCompletionException e) {
                // recorded in `ended`; the work's thread sees it at its next beat
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts heartbeating {@code details.get()} every {@code every} until closed. */
    public static Heartbeat every(ActivityExecutionContext context, Duration every, Supplier<?> details) {
        return new Heartbeat(context, every, details);
    }

    /** Heartbeats now (the worker may still throttle it); throws once the server has ended this attempt. */
    public void beat() {
        if (ended != null) throw ended;
        try {
            context.heartbeat(details.get());
        } catch (ActivityCompletionException e) {
            ended = e;
            throw e;
        }
    }

    @Override
    public void close() { thread.shutdownNow(); }
}
