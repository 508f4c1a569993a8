package org.synesthesia.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;

/**
 * The metrics by name, as stylegan2-ada's {@code metric_main.py}: each takes the
 * {@link EvaluationInputs} and returns a {@link MetricResult} whose settings say what makes it
 * comparable (judge, modality, sample rate, clip length, counts, resampling).
 */
public final class MetricRegistry {

    /** A registered metric: when its inputs are present, and how it is computed. */
    public record Metric(String name, Predicate<EvaluationInputs> applies, Function<EvaluationInputs, MetricResult> compute) {}

    private static final Map<String, Metric> METRICS = new LinkedHashMap<>();

    static {
        register("instrument_accuracy", in -> in.generatedScores() != null && in.generatedInstruments() != null, MetricRegistry::instrumentAccuracy);
        register("condition_accuracy", in -> in.generatedScores() != null && in.generatedInstruments() != null
                && in.generatedConditions() != null && in.conditionNamed() != null, MetricRegistry::conditionAccuracy);
        register("frechet_distance", in -> in.realFeatures() != null && in.generatedFeatures() != null, MetricRegistry::frechet);
        register("kid", in -> in.realFeatures() != null && in.generatedFeatures() != null, MetricRegistry::kid);
        register("pose_error", in -> in.truePoses() != null && in.generatedPoses() != null && in.generatedInstruments() != null, MetricRegistry::poseError);
        register("retrieval", in -> in.generatedFeatures() != null && in.conditionFeatures() != null, MetricRegistry::retrieval);
        register("diversity", in -> in.generatedFeatures() != null && in.generatedConditions() != null
                && in.realFeatures() != null && in.realInstruments() != null, MetricRegistry::diversity);
        register("spectral_envelope", in -> in.generatedEnvelopes() != null && in.generatedInstruments() != null
                && in.realEnvelopes() != null && in.realInstruments() != null, MetricRegistry::spectralEnvelope);
    }

    private MetricRegistry() {}

    private static void register(String name, Predicate<EvaluationInputs> applies, Function<EvaluationInputs, MetricResult> compute) {
        METRICS.put(name, new Metric(name, applies, compute));
    }

    public static Set<String> names() { return METRICS.keySet(); }

    /** Computes one metric; fails when the name is unknown or its inputs are absent. */
    public static MetricResult compute(String name, EvaluationInputs inputs) {
        Metric m = METRICS.get(name);
        if (m == null) throw new IllegalArgumentException("no metric '" + name + "'; known: " + names());
        if (!m.applies().test(inputs)) throw new IllegalArgumentException("metric '" + name + "' lacks its inputs in this evaluation");
        return m.compute().apply(inputs);
    }

    /** Whether {@code name}'s inputs are present in {@code inputs}. */
    public static boolean metricApplies(String name, EvaluationInputs inputs) {
        Metric m = METRICS.get(name);
        return m != null && m.applies().test(inputs);
    }

    /** Every metric whose inputs are present, in registry order. */
    public static List<MetricResult> computeAll(EvaluationInputs inputs) {
        List<MetricResult> out = new ArrayList<>();
        for (Metric m : METRICS.values()) if (m.applies().test(inputs)) out.add(m.compute().apply(inputs));
        return out;
    }

    private static Map<String, String> settings(EvaluationInputs in, Object... pairs) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("direction", in.direction());
        s.putAll(in.judge().asMap());
        s.put("seed", Long.toString(in.seed()));
        for (int i = 0; i < pairs.length; i += 2) s.put((String) pairs[i], String.valueOf(pairs[i + 1]));
        return s;
    }

    /** Values in the order given: name, value, name, value, ... */
    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put((String) pairs[i], (Double) pairs[i + 1]);
        return m;
    }

    private static MetricResult instrumentAccuracy(EvaluationInputs in) {
        Map<String, Double> v = new LinkedHashMap<>();
        InstrumentAccuracy.Scores gen = InstrumentAccuracy.of(in.generatedScores(), in.generatedInstruments(), in.seed());
        v.putAll(InstrumentAccuracy.values("generated", gen));
        int realCount = 0;
        if (in.realScores() != null && in.realInstruments() != null) {
            InstrumentAccuracy.Scores real = InstrumentAccuracy.of(in.realScores(), in.realInstruments(), in.seed());
            v.putAll(InstrumentAccuracy.values("real", real));
            realCount = real.count();
        }
        return new MetricResult("instrument_accuracy", v, settings(in, "generated_count", gen.count(), "real_count", realCount,
                "bootstrap_resamples", Bootstrap.RESAMPLES, "ci_level", Bootstrap.LEVEL));
    }

    private static MetricResult conditionAccuracy(EvaluationInputs in) {
        ConditionAccuracy.Scores c = ConditionAccuracy.of(in.generatedScores(), in.generatedInstruments(), in.generatedConditions(), in.conditionNamed());
        Map<String, Double> v = ordered("encoder_top1", c.encoderTop1(), "generated_follows_encoder", c.follows());
        // a split with no samples has no accuracy, and is left out rather than written as NaN
        if (c.rightCount() > 0) v.put("generated_top1_encoder_right", c.generatedWhereRight());
        if (c.wrongCount() > 0) v.put("generated_top1_encoder_wrong", c.generatedWhereWrong());
        return new MetricResult("condition_accuracy", v, settings(in, "generated_count", in.generatedScores().length,
                "encoder_right_count", c.rightCount(), "encoder_wrong_count", c.wrongCount()));
    }

    private static MetricResult frechet(EvaluationInputs in) {
        double fd = FrechetDistance.of(in.realFeatures(), in.generatedFeatures());
        return new MetricResult("frechet_distance", ordered("fd", fd), settings(in, "real_count", in.realFeatures().length,
                "generated_count", in.generatedFeatures().length, "feature_dim", in.realFeatures()[0].length));
    }

    private static MetricResult kid(EvaluationInputs in) {
        KernelDistance.Kid k = KernelDistance.of(in.realFeatures(), in.generatedFeatures(), in.pairedRows(), in.seed());
        return new MetricResult("kid", ordered("kid", k.mean(), "kid_std", k.std()), settings(in, "real_count", in.realFeatures().length,
                "generated_count", in.generatedFeatures().length, "feature_dim", in.realFeatures()[0].length,
                "subsets", k.subsets(), "subset_size", k.subsetSize(), "kernel", "(x.y/d+1)^3", "paired_rows", in.pairedRows()));
    }

    private static MetricResult poseError(EvaluationInputs in) {
        PoseError.Scores p = PoseError.of(in.generatedPoses(), in.truePoses(), in.generatedInstruments(), in.seed());
        Map<String, Double> values = ordered("mae", p.mae(), "baseline_mae", p.baselineMae(), "relative_reduction", p.relativeReduction(),
                "instrument_mean_mae", p.instrumentMeanMae(), "instrument_mean_reduction", p.instrumentMeanReduction());
        putByParameter(values, "mae_", p.maeByParameter());
        putByParameter(values, "baseline_mae_", p.baselineByParameter());
        if (in.realPoses() != null) {
            // the same seed draws the same baseline chunks: what the regressor reaches on real pictures
            PoseError.Scores r = PoseError.of(in.realPoses(), in.truePoses(), in.generatedInstruments(), in.seed());
            values.put("real_mae", r.mae());
            values.put("real_relative_reduction", r.relativeReduction());
            putByParameter(values, "real_mae_", r.maeByParameter());
        }
        return new MetricResult("pose_error", values,
                settings(in, "generated_count", p.count(), "baseline_count", p.baselineCount(), "baseline", "true pose of a random other chunk of the same instrument"));
    }

    /** One value per pose parameter that some counted sample shows ({@code mae_bow}, {@code mae_hand}, ...). */
    private static void putByParameter(Map<String, Double> values, String prefix, double[] byParameter) {
        for (int j = 0; j < byParameter.length; j++) {
            if (!Double.isNaN(byParameter[j])) values.put(prefix + Pose.NAMES[j], byParameter[j]);
        }
    }

    private static MetricResult retrieval(EvaluationInputs in) {
        Retrieval.Scores r = Retrieval.of(in.generatedFeatures(), in.conditionFeatures(), Retrieval.CANDIDATES, in.seed());
        return new MetricResult("retrieval", ordered("recall_at_1", r.recallAt1(), "recall_at_5", r.recallAt5(), "chance_at_1", r.chanceAt1()),
                settings(in, "generated_count", r.count(), "candidates", r.candidates(), "similarity", "cosine"));
    }

    private static MetricResult diversity(EvaluationInputs in) {
        Diversity.Scores d = Diversity.of(in.generatedFeatures(), in.generatedConditions(), in.realFeatures(), in.realInstruments());
        return new MetricResult("diversity", ordered("generated", d.generated(), "real", d.real(), "ratio", d.ratio()),
                settings(in, "generated_count", in.generatedFeatures().length, "real_count", in.realFeatures().length,
                        "conditions", d.conditions(), "instruments", d.instruments(), "distance", "L2"));
    }

    private static MetricResult spectralEnvelope(EvaluationInputs in) {
        SpectralEnvelope.Scores e = SpectralEnvelope.of(in.generatedEnvelopes(), in.generatedInstruments(), in.realEnvelopes(),
                in.realInstruments(), Instrument.count());
        Map<String, Double> v = ordered("distance", e.mean(), "real_split_distance", e.realSplitMean());
        for (int c = 0; c < Instrument.count(); c++) {
            // an instrument absent from either side has no distance, and is left out rather than written as NaN
            if (!Double.isNaN(e.perInstrument()[c])) v.put("distance_" + Instrument.ofIndex(c).code(), e.perInstrument()[c]);
        }
        return new MetricResult("spectral_envelope", v, settings(in, "generated_count", in.generatedEnvelopes().length,
                "real_count", in.realEnvelopes().length, "bands", in.realEnvelopes().length == 0 ? 0 : in.realEnvelopes()[0].length,
                "envelope", "mean dB over time of each spectrogram", "distance", "RMS over bands of the mean envelopes' difference", "unit", "dB"));
    }
}
