package org.synesthesia.activities.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.Method;

/**
 * GPU memory per device, read from ND4J's native ops, on workers whose ND4J runs on CUDA. A CPU
 * worker exports nothing here: ND4J has no device memory to report there, and a zero would lie.
 * Reflection keeps the CUDA classes (in the jar built with {@code mvn -Pgpu} only) off the compile path.
 */
final class GpuMemory {
    static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";

    private GpuMemory() {}

    /** Binds {@code synesthesia_gpu_memory_{total,free}_bytes{device}} when the CUDA backend is on the classpath; returns the devices bound. */
    static int bindIfCuda(MeterRegistry registry) {
        try {
            Class.forName(CUDA_BACKEND, false, GpuMemory.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return 0;
        }
        try {
            Object holder = Class.forName("org.nd4j.nativeblas.NativeOpsHolder").getMethod("getInstance").invoke(null);
            Object ops = holder.getClass().getMethod("getDeviceNativeOps").invoke(holder);
            int devices = (int) ops.getClass().getMethod("getAvailableDevices").invoke(ops);
            Method total = ops.getClass().getMethod("getDeviceTotalMemory", int.class);
            Method free = ops.getClass().getMethod("getDeviceFreeMemory", int.class);
            for (int d = 0; d < devices; d++) {
                int device = d;
                Gauge.builder("synesthesia.gpu.memory.total", ops, o -> read(total, o, device)).baseUnit("bytes")
                        .description("GPU memory on the device, as ND4J reports it").tag("device", Integer.toString(d)).register(registry);
                Gauge.builder("synesthesia.gpu.memory.free", ops, o -> read(free, o, device)).baseUnit("bytes")
                        .description("Free GPU memory on the device, as ND4J reports it").tag("device", Integer.toString(d)).register(registry);
            }
            return devices;
        } catch (ReflectiveOperationException | LinkageError e) {
            // a CUDA build without a usable driver: the worker still runs; its GPU panels stay empty
            return 0;
        }
    }

    private static double read(Method m, Object ops, int device) {
        try {
            return ((Number) m.invoke(ops, device)).doubleValue();
        } catch (ReflectiveOperationException e) {
            return Double.NaN;
        }
    }
}
