package org.synesthesia.workflows.experiment;

import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ChildWorkflowFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.ChildWorkflowOptions;
import io.temporal.workflow.CompletablePromise;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.synesthesia.workflows.Direction;
import org.synesthesia.workflows.FailureReason;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.WorkflowJson;
import org.synesthesia.workflows.dataset.DatasetCompositionWorkflow;
import org.synesthesia.workflows.dataset.DatasetRequest;
import org.synesthesia.workflows.dataset.DatasetSpec;
import org.synesthesia.workflows.dataset.DatasetResult;
import org.synesthesia.workflows.evaluation.ClassificationEvaluationWorkflow;
import org.synesthesia.workflows.evaluation.EvaluationInput;
import org.synesthesia.workflows.gan.GanInput;
import org.synesthesia.workflows.gan.GanTrainingWorkflow;
import org.synesthesia.workflows.human.HumanEvaluationInput;
import org.synesthesia.workflows.human.HumanEvaluationResult;
import org.synesthesia.workflows.human.HumanEvaluationWorkflow;
import org.synesthesia.workflows.records.ExperimentOpening;
import org.synesthesia.workflows.records.ExperimentOutcome;
import org.synesthesia.workflows.records.RecordActivities;
import org.synesthesia.workflows.sweep.EncoderSweepInput;
import org.synesthesia.workflows.sweep.EncoderSweepWorkflow;
import org.synesthesia.workflows.sweep.SweepResult;
import org.synesthesia.workflows.records.TrialFailure;
import org.synesthesia.workflows.trial.EncoderTrialActivity;
import org.synesthesia.workflows.trial.TrialKind;
import org.synesthesia.workflows.trial.TrialRequest;
import org.synesthesia.workflows.trial.TrialResult;

/**
 * Stages run as child workflows with ids under the experiment's ({@code <experiment>/dataset},
 * {@code /sweep-<name>}, {@code /gan-<direction>}, {@code /evaluation-<direction>}, {@code /human-<name>}).
 * Sweeps run side by side, then GANs side by side, then their evaluations. When the experiment
 * evaluates, the judges (a sound judge, an image judge and the pose regressor, trials
 * {@code /judge-audio}, {@code /judge-image}, {@code /judge-pose}) train beside the sweeps. The pose
 * regressor learns from its own dataset ({@code /dataset-poses}: performers in random poses,
 * {@link DatasetSpec#drawnPoses}), composed beside the sweeps too: in the played pairs the hand
 * follows each recording's register, so a regressor trained on them learns recordings' looks
 * instead of reading the hand (BENCHMARKS.md, the tenth and eleventh sessions). A failed stage is
 * recorded and the stages that do not depend on it still run; the experiment fails with the first reason.
 */
public final class ExperimentWorkflowImpl implements ExperimentWorkflow {
    /** The judging networks: trial step, encoding, role. */
    private static final String[][] JUDGES = {{"judge-audio", "lms", "judge"}, {"judge-image", "image", "judge"}, {"judge-pose", "image", "pose"}};

    private final RecordActivities records;
    private final EncoderTrialActivity classifiers;
    private final List<String> failures = new ArrayList<>();

    public ExperimentWorkflowImpl(StepOptions options) {
        records = Workflow.newActivityStub(RecordActivities.class, options.records());
        classifiers = Workflow.newActivityStub(EncoderTrialActivity.class, options.training());
    }

    @Override
    public ExperimentResult run(ExperimentInput input) {
        String id = Workflow.getInfo().getWorkflowId();
        records.openExperiment(new ExperimentOpening(id, input.name(), WorkflowJson.tree(input)));

        DatasetResult dataset;
        try {
            dataset = child(DatasetCompositionWorkflow.class, id + "/dataset").compose(new DatasetRequest(id, input.dataset()));
        } catch (ChildWorkflowFailure e) {
            failures.add("dataset: " + FailureReason.of(e));
            return finish(id, null, List.of(), List.of(), List.of(), null);
        }

        List<Promise<SweepResult>> sweepPromises = new ArrayList<>();
        for (SweepSpec s : input.sweeps()) {
            EncoderSweepInput sweep = new EncoderSweepInput(id, s.name(), s.direction(), dataset.pairsPath(), s.encodings(),
                    s.settings(), s.criterion(), s.goal(), s.parallelism());
            EncoderSweepWorkflow stub = child(EncoderSweepWorkflow.class, id + "/sweep-" + sweep.name());
            sweepPromises.add(Async.function(stub::sweep, sweep));
        }
        Map<String, Promise<TrialResult>> judgePromises = new java.util.LinkedHashMap<>();
        if (input.evaluate() && !input.gans().isEmpty()) {
            Promise<DatasetResult> poses = posesDataset(id, input.dataset(), dataset);
            for (String[] j : JUDGES) {
                Map<String, Object> config = new java.util.HashMap<>(input.judges());
                config.put("encoding", j[1]);
                config.put("role", j[2]);
                boolean pose = j[2].equals("pose");
                judgePromises.put(j[0], Async.function(() -> trainJudge(new TrialRequest(id, id + "/" + j[0], null, TrialKind.JUDGE, null,
                        pose ? posePairs(poses) : dataset.pairsPath(), config))));
            }
        }
        List<SweepResult> sweeps = new ArrayList<>();
        Map<Direction, SweepResult> bestEncoder = new EnumMap<>(Direction.class);
        for (int i = 0; i < sweepPromises.size(); i++) {
            SweepResult r = sweepPromises.get(i).get();
            sweeps.add(r);
            if (r.succeeded()) bestEncoder.putIfAbsent(input.sweeps().get(i).direction(), r);
            else failures.add("sweep " + r.sweepId() + ": " + r.failure());
        }

        List<Promise<TrialResult>> ganPromises = new ArrayList<>();
        for (GanSpec g : input.gans()) {
            SweepResult encoder = bestEncoder.get(g.direction());
            GanInput gan = new GanInput(id, g.direction(), dataset.pairsPath(),
                    encoder == null ? null : encoder.bestTrialId(), encoder == null ? null : encoder.bestWeights(), g.config());
            GanTrainingWorkflow stub = child(GanTrainingWorkflow.class, id + "/gan-" + g.direction().code());
            ganPromises.add(Async.function(stub::train, gan));
        }
        List<TrialResult> gans = collect(ganPromises, "gan");

        Map<String, String> judges = new java.util.TreeMap<>();
        for (var j : judgePromises.entrySet()) {
            TrialResult r = j.getValue().get();
            if (r.succeeded()) judges.put(j.getKey(), r.output());
            else failures.add("judge " + r.trialId() + ": " + r.failure());
        }

        List<Promise<TrialResult>> evaluationPromises = new ArrayList<>();
        if (input.evaluate()) {
            for (int i = 0; i < gans.size(); i++) {
                if (!gans.get(i).succeeded()) continue;
                Direction direction = input.gans().get(i).direction();
                // The judges were trained for this experiment apart from the encoders (another architecture and seed).
                Map<String, Object> judging = new java.util.HashMap<>();
                if (judges.containsKey("judge-audio")) judging.put("audioJudge", judges.get("judge-audio"));
                if (judges.containsKey("judge-image")) judging.put("imageJudge", judges.get("judge-image"));
                if (judges.containsKey("judge-pose")) judging.put("poseJudge", judges.get("judge-pose"));
                String judge = judges.get(direction == Direction.S2I ? "judge-image" : "judge-audio");
                EvaluationInput evaluation = new EvaluationInput(id, direction, dataset.pairsPath(), gans.get(i).trialId(),
                        gans.get(i).output(), judge, judging);
                ClassificationEvaluationWorkflow stub = child(ClassificationEvaluationWorkflow.class, id + "/evaluation-" + direction.code());
                evaluationPromises.add(Async.function(stub::evaluate, evaluation));
            }
        }
        List<TrialResult> evaluations = collect(evaluationPromises, "evaluation");

        HumanEvaluationResult human = null;
        HumanSpec h = input.human();
        if (h != null && h.expectedRatings() != null && h.expectedRatings() > 0) {
            int g = firstSucceeded(gans);
            if (g < 0) {
                failures.add("human evaluation: no GAN produced samples to rate");
            } else {
                String evaluationTrial = evaluations.stream().filter(TrialResult::succeeded).map(TrialResult::trialId)
                        .findFirst().orElse(null);
                // real held-out pairs are mixed with the GAN's samples, which are scored under its direction
                HumanEvaluationInput in = new HumanEvaluationInput(id, h.name(), gans.get(g).output(), evaluationTrial,
                        h.expectedRatings(), h.timeoutHours(), dataset.pairsPath(), input.gans().get(g).direction().code(),
                        null, null, null);
                try {
                    human = child(HumanEvaluationWorkflow.class, id + "/human-" + in.name()).collect(in);
                    if (!human.complete()) failures.add("human evaluation: only " + human.ratings() + " of " + in.expectedRatings() + " ratings arrived in time");
                } catch (ChildWorkflowFailure e) {
                    failures.add("human evaluation: " + FailureReason.of(e));
                }
            }
        }
        return finish(id, dataset, sweeps, gans, evaluations, human);
    }

    /**
     * The pose judge's dataset, composed beside the sweeps. Experiments started before it existed
     * trained the pose judge on their own pairs, and replay so.
     */
    private Promise<DatasetResult> posesDataset(String id, DatasetSpec spec, DatasetResult played) {
        if (Workflow.getVersion("pose-judge-dataset", Workflow.DEFAULT_VERSION, 1) == Workflow.DEFAULT_VERSION) {
            CompletablePromise<DatasetResult> same = Workflow.newPromise();
            same.complete(played);
            return same;
        }
        DatasetCompositionWorkflow stub = child(DatasetCompositionWorkflow.class, id + "/dataset-" + DatasetRequest.POSES);
        return Async.function(stub::compose, new DatasetRequest(id, DatasetRequest.POSES, spec.drawnPoses()));
    }

    /** The pose judge's pairs, or null when their composition failed (the judge's trial then fails on it). */
    private String posePairs(Promise<DatasetResult> poses) {
        try {
            return poses.get().pairsPath();
        } catch (ChildWorkflowFailure e) {
            failures.add("pose dataset: " + FailureReason.of(e));
            return null;
        }
    }

    private TrialResult trainJudge(TrialRequest request) {
        if (request.pairsPath() == null) return TrialResult.failed(request.trialId(), "its dataset was not composed");
        try {
            return classifiers.trainEncoder(request);
        } catch (ActivityFailure e) {
            String reason = FailureReason.of(e);
            records.recordTrialFailure(new TrialFailure(request, reason));
            return TrialResult.failed(request.trialId(), reason);
        }
    }

    private List<TrialResult> collect(List<Promise<TrialResult>> promises, String stage) {
        List<TrialResult> results = new ArrayList<>();
        for (Promise<TrialResult> p : promises) {
            TrialResult r = p.get();
            results.add(r);
            if (!r.succeeded()) failures.add(stage + " " + r.trialId() + ": " + r.failure());
        }
        return results;
    }

    private ExperimentResult finish(String id, DatasetResult dataset, List<SweepResult> sweeps, List<TrialResult> gans,
                                    List<TrialResult> evaluations, HumanEvaluationResult human) {
        String failure = failures.isEmpty() ? null : failures.get(0);
        String status = failure == null ? "completed" : "failed";
        records.finishExperiment(new ExperimentOutcome(id, status, failure));
        return new ExperimentResult(id, status, failure, dataset, sweeps, gans, evaluations, human);
    }

    private static int firstSucceeded(List<TrialResult> results) {
        for (int i = 0; i < results.size(); i++) if (results.get(i).succeeded()) return i;
        return -1;
    }

    private static <T> T child(Class<T> type, String workflowId) {
        return Workflow.newChildWorkflowStub(type, ChildWorkflowOptions.newBuilder().setWorkflowId(workflowId).build());
    }
}
