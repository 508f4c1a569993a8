package org.synesthesia.workflows;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import java.time.Duration;

/**
 * Timeouts and retries of each kind of step, declared once. Workflows take these at construction
 * so that tests and local mode can shorten them; the queues are fixed here.
 *
 * @param records  quick bookkeeping on the CPU queue
 * @param data     dataset synthesis and preparation on the CPU queue
 * @param training encoder trials and GAN training on the GPU queue (they heartbeat)
 * @param evaluation judging samples on the CPU queue
 */
public record StepOptions(ActivityOptions records, ActivityOptions data, ActivityOptions training,
                          ActivityOptions evaluation) {

    /** The failure type that activities give bad input; it is never retried. */
    public static final String BAD_INPUT = "BadInput";
    /** The failure type of a step whose core capability does not exist yet; never retried. */
    public static final String UNAVAILABLE = "Unavailable";

    /** Production defaults: hours for training, heartbeats every few minutes, bounded retries. */
    public static StepOptions defaults() {
        return of(Duration.ofHours(48), Duration.ofMinutes(5));
    }

    /**
     * Options whose long steps time out after {@code longSteps} and whose heartbeats time out after
     * {@code heartbeat}; retries back off from one second.
     */
    public static StepOptions of(Duration longSteps, Duration heartbeat) {
        return new StepOptions(
                options(TaskQueues.CPU, Duration.ofMinutes(2), null, 10),
                options(TaskQueues.CPU, longSteps, heartbeat, 3),
                options(TaskQueues.GPU, longSteps, heartbeat, 5),
                options(TaskQueues.CPU, longSteps, heartbeat, 3));
    }

    private static ActivityOptions options(String queue, Duration startToClose, Duration heartbeat, int attempts) {
        return ActivityOptions.newBuilder()
                .setTaskQueue(queue)
                .setStartToCloseTimeout(startToClose)
                .setHeartbeatTimeout(heartbeat)
                .setRetryOptions(RetryOptions.newBuilder()
                        .setInitialInterval(Duration.ofSeconds(1))
                        .setMaximumInterval(Duration.ofSeconds(30))
                        .setMaximumAttempts(attempts)
                        .setDoNotRetry(BAD_INPUT, UNAVAILABLE, "org.synesthesia.io.BadInputException")
                        .build())
                .build();
    }
}
