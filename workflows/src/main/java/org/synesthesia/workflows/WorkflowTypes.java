package org.synesthesia.workflows;

import io.temporal.worker.Worker;
import org.synesthesia.workflows.dataset.DatasetCompositionWorkflow;
import org.synesthesia.workflows.dataset.DatasetCompositionWorkflowImpl;
import org.synesthesia.workflows.evaluation.ClassificationEvaluationWorkflow;
import org.synesthesia.workflows.evaluation.ClassificationEvaluationWorkflowImpl;
import org.synesthesia.workflows.experiment.ExperimentWorkflow;
import org.synesthesia.workflows.experiment.ExperimentWorkflowImpl;
import org.synesthesia.workflows.gan.GanTrainingWorkflow;
import org.synesthesia.workflows.gan.GanTrainingWorkflowImpl;
import org.synesthesia.workflows.human.HumanEvaluationWorkflow;
import org.synesthesia.workflows.human.HumanEvaluationWorkflowImpl;
import org.synesthesia.workflows.sweep.EncoderSweepWorkflow;
import org.synesthesia.workflows.sweep.EncoderSweepWorkflowImpl;

/** Registers every workflow type on a worker, built with the given step options. */
public final class WorkflowTypes {
    private WorkflowTypes() {}

    public static void register(Worker worker, StepOptions options) {
        worker.registerWorkflowImplementationFactory(ExperimentWorkflow.class, () -> new ExperimentWorkflowImpl(options));
        worker.registerWorkflowImplementationFactory(DatasetCompositionWorkflow.class, () -> new DatasetCompositionWorkflowImpl(options));
        worker.registerWorkflowImplementationFactory(EncoderSweepWorkflow.class, () -> new EncoderSweepWorkflowImpl(options));
        worker.registerWorkflowImplementationFactory(GanTrainingWorkflow.class, () -> new GanTrainingWorkflowImpl(options));
        worker.registerWorkflowImplementationFactory(ClassificationEvaluationWorkflow.class, () -> new ClassificationEvaluationWorkflowImpl(options));
        worker.registerWorkflowImplementationFactory(HumanEvaluationWorkflow.class, () -> new HumanEvaluationWorkflowImpl(options));
    }
}
