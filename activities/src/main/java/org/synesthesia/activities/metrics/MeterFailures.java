package org.synesthesia.activities.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metrics must never fail the work they watch: a meter that cannot be registered or updated (a
 * name clash, a full registry) is logged once per kind of failure and skipped.
 */
final class MeterFailures {
    private static final Logger log = LoggerFactory.getLogger(MeterFailures.class);
    private static final Set<String> logged = ConcurrentHashMap.newKeySet();

    private MeterFailures() {}

    static void ignore(String what, Runnable update) {
        try {
            update.run();
        } catch (RuntimeException e) {
            note(what, e);
        }
    }

    static <T> T orElse(String what, Supplier<T> make, T fallback) {
        try {
            return make.get();
        } catch (RuntimeException e) {
            note(what, e);
            return fallback;
        }
    }

    private static void note(String what, RuntimeException e) {
        if (logged.add(what + ": " + e.getMessage())) log.warn("metrics: {} skipped: {}", what, e.toString());
    }
}
