package org.synesthesia.activities;

import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.worker.WorkerOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.synesthesia.activities.dataset.DatasetActivitiesImpl;
import org.synesthesia.activities.dataset.DatasetSteps;
import org.synesthesia.activities.human.HumanEvaluationActivitiesImpl;
import org.synesthesia.activities.metrics.ActivityMeters;
import org.synesthesia.activities.metrics.DataMeters;
import org.synesthesia.activities.metrics.StudyMeters;
import org.synesthesia.activities.records.Database;
import org.synesthesia.activities.records.RecordActivitiesImpl;
import org.synesthesia.activities.training.ClassificationActivityImpl;
import org.synesthesia.activities.training.EncoderTrialActivityImpl;
import org.synesthesia.activities.training.GanTrainingActivityImpl;
import org.synesthesia.activities.training.TrainingRun;
import org.synesthesia.progress.Progress;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.TaskQueues;
import org.synesthesia.workflows.WorkflowTypes;

/**
 * A worker process's Temporal workers: one per queue it serves. {@code workflows} gets every
 * workflow type; {@code cpu} the data, record, evaluation and human-evaluation activities; {@code
 * gpu} the training activities, with at most {@code gpuSlots} at once (one per accelerator, usually).
 *
 * @param name       this worker's name, recorded with every trial attempt
 * @param runs       the folder every worker of the cluster sees experiments' files under
 * @param cpuSlots   CPU activities at once
 * @param gpuSlots   GPU activities at once
 * @param metrics    where activities count and time their work (Prometheus in production)
 */
public record PlatformWorker(String name, Set<String> queues, Database db, Path runs, DatasetSteps datasets,
                             Trainers trainers, StepOptions options, int cpuSlots, int gpuSlots,
                             Progress observer, MeterRegistry metrics) {

    private static final Duration HEARTBEAT_EVERY = Duration.ofSeconds(10);

    public PlatformWorker {
        for (String q : queues)
            if (!TaskQueues.ALL.contains(q))
                throw new IllegalArgumentException("unknown queue " + q + "; a worker serves some of " + TaskQueues.ALL);
    }

    /** Creates the workers on {@code client} and starts polling. */
    public WorkerFactory start(WorkflowClient client) {
        WorkerFactory factory = WorkerFactory.newInstance(client, WorkerFactoryOptions.newBuilder()
                .setWorkerInterceptors(new ActivityMeters(metrics)).build());
        register(factory);
        factory.start();
        return factory;
    }

    /** Creates the workers on {@code factory} without starting it (tests start their environment themselves). */
    public void register(WorkerFactory factory) {
        Duration beat = heartbeatEvery();
        if (queues.contains(TaskQueues.WORKFLOWS)) {
            WorkflowTypes.register(factory.newWorker(TaskQueues.WORKFLOWS), options);
        }
        if (queues.contains(TaskQueues.CPU)) {
            Worker cpu = factory.newWorker(TaskQueues.CPU, WorkerOptions.newBuilder()
                    .setMaxConcurrentActivityExecutionSize(cpuSlots).build());
            TrainingRun run = new TrainingRun(db, runs, name, observer, beat, metrics);
            cpu.registerActivitiesImplementations(
                    new DatasetActivitiesImpl(db, runs, name, datasets, observer, beat, new DataMeters(metrics)),
                    new RecordActivitiesImpl(db, name),
                    new HumanEvaluationActivitiesImpl(db, new StudyMeters(metrics)),
                    new ClassificationActivityImpl(run, trainers.judge()));
        }
        if (queues.contains(TaskQueues.GPU)) {
            Worker gpu = factory.newWorker(TaskQueues.GPU, WorkerOptions.newBuilder()
                    .setMaxConcurrentActivityExecutionSize(gpuSlots).build());
            TrainingRun run = new TrainingRun(db, runs, name, observer, beat, metrics);
            gpu.registerActivitiesImplementations(
                    new EncoderTrialActivityImpl(run, trainers.encoder()),
                    new GanTrainingActivityImpl(run, trainers.gan()));
        }
    }

    /** Often enough to beat the shortest heartbeat timeout configured. */
    private Duration heartbeatEvery() {
        Duration timeout = options.training().getHeartbeatTimeout();
        if (timeout == null || timeout.isZero()) return HEARTBEAT_EVERY;
        Duration third = timeout.dividedBy(3);
        return third.compareTo(HEARTBEAT_EVERY) < 0 ? third : HEARTBEAT_EVERY;
    }
}
