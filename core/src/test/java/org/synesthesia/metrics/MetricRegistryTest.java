package org.synesthesia.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricRegistryTest {

    @Test
    void computesWhatTheInputsAllowAndPublishesTheSettings() {
        float[][] real = Gaussians.standard(60, 6, 1);
        int[] instruments = new int[60];
        for (int i = 0; i < 60; i++) instruments[i] = i % 13;
        EvaluationInputs in = EvaluationInputs.builder("I2S", JudgeSettings.sound("judge-lms@embedding", 22050, 0.5), 9)
                .real(real, instruments, null).generated(real, instruments, instruments, null).build();
        List<MetricResult> results = MetricRegistry.computeAll(in);
        assertEquals(List.of("frechet_distance", "kid", "diversity"), results.stream().map(MetricResult::name).toList());
        MetricResult fd = results.get(0);
        assertEquals(0, fd.value("fd"), 1e-6);
        assertEquals("judge-lms@embedding", fd.settings().get("extractor"));
        assertEquals("sound", fd.settings().get("modality"));
        assertEquals("22050", fd.settings().get("sample_rate"));
        assertEquals("0.5", fd.settings().get("clip_seconds"));
        assertEquals("60", fd.settings().get("real_count"));
        assertEquals("60", fd.settings().get("generated_count"));
        assertEquals("I2S", fd.settings().get("direction"));
        assertEquals(1.0, results.get(2).value("ratio"), 1e-9); // the same features on both sides
    }

    @Test
    void sameInputsGiveTheSameResults() {
        float[][] f = Gaussians.standard(40, 4, 2);
        int[] y = new int[40];
        float[][] p = Gaussians.standard(40, 13, 3);
        EvaluationInputs in = EvaluationInputs.builder("S2I", JudgeSettings.image("judge-image", 64), 5)
                .real(f, y, p).generated(f, y, y, p).conditionFeatures(f).build();
        assertEquals(MetricRegistry.computeAll(in), MetricRegistry.computeAll(in));
        assertTrue(MetricRegistry.names().containsAll(List.of("instrument_accuracy", "condition_accuracy", "frechet_distance", "kid", "pose_error", "retrieval", "diversity", "spectral_envelope")));
    }

    @Test
    void poseErrorStandsBesideWhatTheRegressorReachesOnRealPictures() {
        int trombone = org.synesthesia.instrument.Instrument.TROMBONE.index();
        int n = 40;
        float[][] truth = new float[n][];
        float[][] generated = new float[n][];
        float[][] real = new float[n][];
        int[] instruments = new int[n];
        java.util.Random rng = new java.util.Random(4);
        for (int i = 0; i < n; i++) {
            truth[i] = new float[] {rng.nextFloat(), rng.nextFloat(), rng.nextFloat(), rng.nextFloat()};
            real[i] = truth[i].clone();
            generated[i] = new float[] {rng.nextFloat(), rng.nextFloat(), rng.nextFloat(), rng.nextFloat()};
            instruments[i] = trombone;
        }
        var builder = EvaluationInputs.builder("S2I", JudgeSettings.image("judge-image", 64), 5).poses(truth, generated);
        builder.generated(null, instruments, instruments, null);
        MetricResult without = MetricRegistry.compute("pose_error", builder.build());
        assertTrue(!without.values().containsKey("real_mae"), "no real readings, no real columns");
        MetricResult with = MetricRegistry.compute("pose_error", builder.realPoses(real).build());
        assertEquals(0, with.value("real_mae"), 1e-9, "readings equal to the truth");
        assertEquals(1, with.value("real_relative_reduction"), 1e-9);
        assertEquals(without.value("relative_reduction"), with.value("relative_reduction"), 1e-12, "the generated figure does not change");
        // trombones show their slide and whether they are raised, nothing else
        assertTrue(with.values().containsKey("mae_hand") && with.values().containsKey("real_mae_hand") && with.values().containsKey("baseline_mae_raised"));
        assertTrue(!with.values().containsKey("mae_bow") && !with.values().containsKey("mae_fingers"), "no column for a part no trombone shows");
        assertTrue(with.value("instrument_mean_reduction") > 0 && with.value("instrument_mean_reduction") < 1);
    }

    @Test
    void conditionAccuracyPartsTheGeneratorsErrorsFromTheEncoders() {
        // four conditions of instruments 0, 1, 2, 3; the encoder names the last one 0
        int[] named = {0, 1, 2, 0};
        int[] conditions = {0, 0, 1, 1, 2, 2, 3, 3};
        int[] instruments = {0, 0, 1, 1, 2, 2, 3, 3};
        // the judge names: 0, 0 | 1, 5 | 2, 2 | 0 (follows the encoder), 3 (right despite it)
        int[] judged = {0, 0, 1, 5, 2, 2, 0, 3};
        float[][] scores = new float[8][13];
        for (int i = 0; i < 8; i++) scores[i][judged[i]] = 1;
        EvaluationInputs in = EvaluationInputs.builder("S2I", JudgeSettings.image("judge-image", 64), 1)
                .generated(null, instruments, conditions, scores).conditionNamed(named).build();
        MetricResult c = MetricRegistry.compute("condition_accuracy", in);
        assertEquals(0.75, c.value("encoder_top1"), 1e-12);
        assertEquals(5 / 6.0, c.value("generated_top1_encoder_right"), 1e-12);
        assertEquals(0.5, c.value("generated_top1_encoder_wrong"), 1e-12);
        assertEquals(6 / 8.0, c.value("generated_follows_encoder"), 1e-12);
        assertEquals("2", c.settings().get("encoder_wrong_count"));

        int[] allRight = {0, 1, 2, 3};
        MetricResult right = MetricRegistry.compute("condition_accuracy", EvaluationInputs.builder("S2I", JudgeSettings.image("judge-image", 64), 1)
                .generated(null, instruments, conditions, scores).conditionNamed(allRight).build());
        assertTrue(!right.values().containsKey("generated_top1_encoder_wrong"), "no samples, no figure (not NaN)");
        assertEquals(6 / 8.0, right.value("generated_top1_encoder_right"), 1e-12);
    }

    @Test
    void spectralEnvelopeSaysHowManyDbAnInstrumentsSoundIsOffAndWhereNoiseAloneWouldPutIt() {
        // instrument 0: generated envelopes 6 dB louder in the first half of 4 bands, so RMS sqrt(36 / 2);
        // instrument 1: generated equals real; instrument 2: real rows only (no figure)
        java.util.Random rng = new java.util.Random(3);
        int perInstrument = 40;
        float[][] real = new float[3 * perInstrument][4];
        int[] realInstruments = new int[real.length];
        float[][] generated = new float[2 * perInstrument][];
        int[] generatedInstruments = new int[generated.length];
        for (int i = 0; i < real.length; i++) {
            realInstruments[i] = i / perInstrument;
            for (int b = 0; b < 4; b++) real[i][b] = (float) (-20 * b + 0.5 * rng.nextGaussian());
        }
        for (int i = 0; i < generated.length; i++) {
            generatedInstruments[i] = realInstruments[i];
            generated[i] = real[i].clone();
            if (realInstruments[i] == 0) for (int b = 0; b < 2; b++) generated[i][b] += 6;
        }
        MetricResult e = MetricRegistry.compute("spectral_envelope", EvaluationInputs.builder("I2S", JudgeSettings.sound("judge-lms", 22050, 0.5), 1)
                .real(null, realInstruments, null).generated(null, generatedInstruments, generatedInstruments, null)
                .envelopes(real, generated).build());
        assertEquals(Math.sqrt(18), e.value("distance_vn"), 1e-4);
        assertEquals(0, e.value("distance_va"), 1e-6);
        assertTrue(!e.values().containsKey("distance_vc"), "no generated cello, no figure (not NaN)");
        assertEquals(Math.sqrt(18) / 2, e.value("distance"), 1e-4);
        // two halves of 20 rows of noise 0.5 dB: about 0.5 * sqrt(2 / 20), far below the 4.2 dB of the louder violin
        assertTrue(e.value("real_split_distance") > 0.02 && e.value("real_split_distance") < 0.5, e.values().toString());
        assertEquals("4", e.settings().get("bands"));
        assertArrayEquals(new float[] {2, -1}, SpectralEnvelope.envelope(new float[][] {{1, 3}, {-2, 0}}), 0);
    }

    @Test
    void unknownNamesAndMissingInputsAreRefused() {
        EvaluationInputs empty = EvaluationInputs.builder("S2I", JudgeSettings.image("judge-image", 64), 1).build();
        assertTrue(MetricRegistry.computeAll(empty).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> MetricRegistry.compute("fid50k", empty));
        assertThrows(IllegalArgumentException.class, () -> MetricRegistry.compute("pose_error", empty));
    }
}
