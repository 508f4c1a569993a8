package org.synesthesia.eval;

/**
 * How a GAN run is evaluated, published beside every number it yields.
 *
 * @param samplesPerCondition   generated samples per held-out pair (each from its own noise); 2 or more, for diversity
 * @param maxConditions         held-out pairs used at most (0: the whole test split); a subset is drawn from {@code seed}
 * @param seed                  noise, subset, bootstrap and KID subsets all follow from it
 * @param examplesPerInstrument real and generated examples written per instrument under {@code eval/}
 * @param truncation            the generator's noise is a normal truncated at this magnitude (0: untruncated);
 *                              null draws it as the run's release does ({@link org.synesthesia.gan.GanConfig#truncation})
 */
public record EvaluationSettings(int samplesPerCondition, int maxConditions, long seed, int examplesPerInstrument, Double truncation) {

    public EvaluationSettings {
        if (samplesPerCondition < 2) throw new IllegalArgumentException("samplesPerCondition must be at least 2, so that diversity can be measured");
        if (maxConditions < 0 || examplesPerInstrument < 0) throw new IllegalArgumentException("maxConditions and examplesPerInstrument must not be negative");
        if (truncation != null) org.synesthesia.gan.GanConfig.requireTruncation(truncation);
    }

    public static EvaluationSettings defaults() { return new EvaluationSettings(2, 0, 1, 4, null); }
}
