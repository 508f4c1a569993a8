package org.synesthesia.activities.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The registry a worker process exports: Prometheus, with the JVM, process and (on CUDA) GPU memory bound. */
public final class WorkerMeters {
    private WorkerMeters() {}

    /** A Prometheus registry with every process-wide binder; {@code worker} becomes a {@code worker} label on everything. */
    public static PrometheusMeterRegistry prometheus(String worker) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("worker", worker);
        bindProcess(registry);
        return registry;
    }

    /** Memory, GC, threads, classes, CPU, uptime and file descriptors; GPU memory where ND4J runs on CUDA. */
    public static void bindProcess(MeterRegistry registry) {
        new JvmMemoryMetrics().bindTo(registry);
        @SuppressWarnings("resource") // lives as long as the process; its GC listener must stay registered
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        GpuMemory.bindIfCuda(registry);
    }
}
