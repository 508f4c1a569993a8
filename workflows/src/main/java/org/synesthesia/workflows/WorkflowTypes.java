package org.synesthesia.workflows;

import io.temporal.common.converter.DataConverterException;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkflowImplementationOptions;
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
import org.synesthesia.workflows.sweep.SweepTrialWorkflow;
import org.synesthesia.workflows.sweep.SweepTrialWorkflowImpl;
import org.synesthesia.workflows.sweep.SweepWorkflow;
import org.synesthesia.workflows.sweep.SweepWorkflowImpl;

/**
 * Registers every workflow type on a worker, built with the given step options. An input that its
 * record refuses (IllegalArgumentException) or that is not valid JSON for it fails the workflow
 * with the record's message, instead of failing its workflow task again and again.
 */
public final class WorkflowTypes {
    private static final WorkflowImplementationOptions FAIL_ON_BAD_INPUT = WorkflowImplementationOptions.newBuilder()
            .setFailWorkflowExceptionTypes(IllegalArgumentException.class, DataConverterException.class).build();

    private WorkflowTypes() {}

    public static void register(Worker worker, StepOptions options) {
        worker.registerWorkflowImplementationFactory(ExperimentWorkflow.class, () -> new ExperimentWorkflowImpl(options), FAIL_ON_BAD_INPUT);
        worker.registerWorkflowImplementationFactory(DatasetCompositionWorkflow.class, () -> new DatasetCompositionWorkflowImpl(options), FAIL_ON_BAD_INPUT);
        worker.registerWorkflowImplementationFactory(EncoderSweepWorkflow.class, () -> new EncoderSweepWorkflowImpl(options), FAIL_ON_BAD_INPUT);
        worker.registerWorkflowImplementationFactory(SweepWorkflow.class, () -> new SweepWorkflowImpl(options), FAIL_ON_BAD_INPUT);
        worker.registerWorkflowImplementationFactory(SweepTrialWorkflow.class, () -> new SweepTrialWorkflowImpl(options), FAIL_ON_BAD_INPUT);
        worker.registerWorkflowImplementationFactory(GanTrainingWorkflow.class, () -> new GanTrainingWorkflowImpl(options), FAIL_ON_BAD_INPUT);
        worker.registerWorkflowImplementationFactory(ClassificationEvaluationWorkflow.class, () -> new ClassificationEvaluationWorkflowImpl(options), FAIL_ON_BAD_INPUT);
        worker.registerWorkflowImplementationFactory(HumanEvaluationWorkflow.class, () -> new HumanEvaluationWorkflowImpl(options), FAIL_ON_BAD_INPUT);
    }
}
