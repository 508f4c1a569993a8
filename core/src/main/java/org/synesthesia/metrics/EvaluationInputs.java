package org.synesthesia.metrics;

/**
 * Everything the metrics read, extracted once from a run's held-out split by the judges: plain
 * arrays, so that the metric math knows no network library. Absent inputs are {@code null}, and the
 * metrics that need them are skipped. Row i of every {@code generated*} array is the same sample.
 *
 * @param direction            {@code S2I} or {@code I2S}
 * @param judge                what extracted the features
 * @param seed                 seeds every resampling, so that one input always gives one result
 * @param realFeatures         judge features of real held-out samples {@code [m][d]}
 * @param realInstruments      their instrument indices {@code [m]}
 * @param realScores           the judge's class scores for them {@code [m][13]}
 * @param generatedFeatures    judge features of generated samples {@code [n][d]}
 * @param generatedInstruments the instrument each sample was conditioned on {@code [n]}
 * @param generatedConditions  which condition (held-out pair) each sample was made from {@code [n]}
 * @param generatedScores      the judge's class scores for them {@code [n][13]}
 * @param conditionFeatures    judge features of each sample's own real counterpart {@code [n][d]}
 * @param conditionNamed       the instrument the conditioning encoder itself names for each condition
 *                             {@code [m]}, indexed as {@code generatedConditions}
 * @param truePoses            the true pose of each sample's conditioning chunk {@code [n][4]} (S2I)
 * @param generatedPoses       the pose regressor's reading of each generated image {@code [n][4]} (S2I)
 * @param realPoses            its reading of each sample's real counterpart image {@code [n][4]}: how
 *                             close the regressor itself comes on real pictures (S2I)
 * @param realEnvelopes        each real held-out spectrogram's envelope in dB {@code [m][bands]}, rows as
 *                             {@code realInstruments} (I2S)
 * @param generatedEnvelopes   each generated spectrogram's envelope in dB {@code [n][bands]} (I2S)
 * @param pairedRows           generated row i was made from the condition of real row i, so the two
 *                             are correlated and distribution tests must not pair them
 */
public record EvaluationInputs(String direction, JudgeSettings judge, long seed,
                               float[][] realFeatures, int[] realInstruments, float[][] realScores,
                               float[][] generatedFeatures, int[] generatedInstruments, int[] generatedConditions,
                               float[][] generatedScores, float[][] conditionFeatures, int[] conditionNamed,
                               float[][] truePoses, float[][] generatedPoses, float[][] realPoses,
                               float[][] realEnvelopes, float[][] generatedEnvelopes, boolean pairedRows) {

    public static Builder builder(String direction, JudgeSettings judge, long seed) {
        return new Builder(direction, judge, seed);
    }

    /** Sets the inputs a run has; the rest stay absent. */
    public static final class Builder {
        private final String direction;
        private final JudgeSettings judge;
        private final long seed;
        private float[][] realFeatures, realScores, generatedFeatures, generatedScores, conditionFeatures, truePoses, generatedPoses, realPoses,
                realEnvelopes, generatedEnvelopes;
        private int[] realInstruments, generatedInstruments, generatedConditions, conditionNamed;
        private boolean pairedRows;

        private Builder(String direction, JudgeSettings judge, long seed) {
            this.direction = direction;
            this.judge = judge;
            this.seed = seed;
        }

        public Builder real(float[][] features, int[] instruments, float[][] scores) {
            realFeatures = features;
            realInstruments = instruments;
            realScores = scores;
            return this;
        }

        public Builder generated(float[][] features, int[] instruments, int[] conditions, float[][] scores) {
            generatedFeatures = features;
            generatedInstruments = instruments;
            generatedConditions = conditions;
            generatedScores = scores;
            return this;
        }

        public Builder conditionFeatures(float[][] features) {
            conditionFeatures = features;
            return this;
        }

        /** What the conditioning encoder names for each condition, {@code generatedConditions}' index. */
        public Builder conditionNamed(int[] named) {
            conditionNamed = named;
            return this;
        }

        public Builder poses(float[][] truth, float[][] read) {
            truePoses = truth;
            generatedPoses = read;
            return this;
        }

        /** The pose regressor's reading of each generated row's real counterpart. */
        public Builder realPoses(float[][] read) {
            realPoses = read;
            return this;
        }

        /** Spectrogram envelopes ({@link SpectralEnvelope#envelope}) of the real rows and of the generated rows. */
        public Builder envelopes(float[][] real, float[][] generated) {
            realEnvelopes = real;
            generatedEnvelopes = generated;
            return this;
        }

        /** Marks generated row i as made from the condition of real row i. */
        public Builder pairedRows() {
            pairedRows = true;
            return this;
        }

        public EvaluationInputs build() {
            return new EvaluationInputs(direction, judge, seed, realFeatures, realInstruments, realScores, generatedFeatures,
                    generatedInstruments, generatedConditions, generatedScores, conditionFeatures, conditionNamed, truePoses, generatedPoses, realPoses,
                    realEnvelopes, generatedEnvelopes, pairedRows);
        }
    }
}
