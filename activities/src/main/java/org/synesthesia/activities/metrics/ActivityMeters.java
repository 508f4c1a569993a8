package org.synesthesia.activities.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.client.ActivityCompletionException;
import io.temporal.common.interceptors.ActivityExecutionContextBase;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import java.time.Duration;

/**
 * Counts and times every activity attempt on a worker without touching any activity: started,
 * succeeded, failed (the attempt threw; Temporal may retry it), retried (an attempt after the
 * first) and heartbeats, by {@code activity} type and {@code queue}, plus a duration histogram by outcome.
 * Register it with {@code WorkerFactoryOptions.setWorkerInterceptors}.
 */
public final class ActivityMeters extends WorkerInterceptorBase {
    /** Bucket bounds for attempt durations, from a record insert to a half-day training run. */
    static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(12)};

    private final MeterRegistry registry;

    public ActivityMeters(MeterRegistry registry) { this.registry = registry; }

    @Override
    public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
        return new Attempt(next);
    }

    private Counter counter(String what, String description, ActivityInfo info) {
        return Counter.builder("synesthesia.activity." + what).description(description)
                .tag("activity", info.getActivityType()).tag("queue", info.getActivityTaskQueue()).register(registry);
    }

    private Timer duration(ActivityInfo info, String outcome) {
        return Timer.builder("synesthesia.activity.duration").description("Activity attempts' wall time, by how they ended")
                .tag("activity", info.getActivityType()).tag("queue", info.getActivityTaskQueue()).tag("outcome", outcome)
                .serviceLevelObjectives(BUCKETS).register(registry);
    }

    /** One attempt: counted on entry and exit; its context counts heartbeats. */
    private final class Attempt extends ActivityInboundCallsInterceptorBase {
        private ActivityInfo info;

        Attempt(ActivityInboundCallsInterceptor next) { super(next); }

        @Override
        public void init(ActivityExecutionContext context) {
            info = context.getInfo();
            Counter heartbeats = MeterFailures.orElse("heartbeat counter",
                    () -> counter("heartbeats", "Heartbeats activities sent (before the SDK's throttling)", info), null);
            super.init(heartbeats == null ? context : new ActivityExecutionContextBase(context) {
                @Override
                public <V> void heartbeat(V details) throws ActivityCompletionException {
                    heartbeats.increment();
                    super.heartbeat(details);
                }
            });
        }

        @Override
        public ActivityOutput execute(ActivityInput input) {
            MeterFailures.ignore("activity start", () -> {
                // every family exists from an activity type's first attempt, so rates start at 0, not at the first failure
                counter("succeeded", "Activity attempts that returned", info);
                counter("failed", "Activity attempts that threw (Temporal retries those its policy allows)", info);
                Counter retried = counter("retried", "Activity attempts after the first", info);
                counter("started", "Activity attempts started", info).increment();
                if (info.getAttempt() > 1) retried.increment();
            });
            long t0 = System.nanoTime();
            String outcome = "failed";
            try {
                ActivityOutput out = super.execute(input);
                outcome = "succeeded";
                return out;
            } finally {
                String ended = outcome;
                MeterFailures.ignore("activity end", () -> {
                    counter(ended, ended.equals("succeeded") ? "Activity attempts that returned"
                            : "Activity attempts that threw (Temporal retries those its policy allows)", info).increment();
                    duration(info, ended).record(Duration.ofNanos(System.nanoTime() - t0));
                });
            }
        }
    }
}
