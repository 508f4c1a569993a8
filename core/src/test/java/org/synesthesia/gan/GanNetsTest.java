package org.synesthesia.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.nn.InputShape;

class GanNetsTest {

    static GanConfig tiny(Direction direction, Conditioning conditioning) {
        return GanConfig.defaults(direction).with(Map.of("conditioning", conditioning.name(), "noiseSize", "8",
                "gWidth", "4", "dWidth", "4", "batchSize", "8", "lrG", "2e-3", "lrD", "2e-3", "seed", "3"))
                .with(Map.of("classWeight", "1"));
    }

    /** The flattened weights of every layer whose name starts with {@code prefix}. */
    static float[] weights(ComputationGraph net, String prefix) {
        var parts = new java.util.ArrayList<INDArray>();
        for (Layer l : net.getLayers()) {
            if (l.conf().getLayer().getLayerName().startsWith(prefix) && l.numParams() > 0) parts.add(l.params().reshape(-1));
        }
        return Nd4j.concat(0, parts.toArray(INDArray[]::new)).toFloatVector();
    }

    @ParameterizedTest
    @EnumSource(Conditioning.class)
    void aDStepLeavesGUntouchedAndAGStepLeavesDUntouched(Conditioning conditioning) {
        stepsAreSeparate(tiny(Direction.S2I, conditioning), conditioning);
        // with D's row-by-row path, whose weights are D's too (copied into the frozen copy, frozen there)
        stepsAreSeparate(tiny(Direction.S2I, conditioning).with(Map.of("bands", "true")), conditioning);
    }

    private static void stepsAreSeparate(GanConfig c, Conditioning conditioning) {
        InputShape shape = new InputShape(3, 16, 16);
        ToyPairs set = new ToyPairs(8, shape, 6, 1);
        ComputationGraph combined = GanNets.combined(c, shape, 6);
        ComputationGraph d = GanNets.discriminator(c, shape, 6);
        ComputationGraph g = GanNets.generator(c, shape, 6);
        INDArray real = Nd4j.create(DataType.FLOAT, 8, 3, 16, 16);
        INDArray cond = Nd4j.create(DataType.FLOAT, 8, 6);
        set.batch(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, real, cond);
        INDArray mismatched = cond.getRows(GanTrainer.rotation(8, 3));
        GanObjective objective = GanObjective.matchingAware(c.classWeight());
        int[] classes = new int[8];
        for (int i = 0; i < 8; i++) classes[i] = set.instrument(i);

        // D step, made the way the trainer makes it: fakes from the standalone G in training mode
        GanNets.copyLayers(combined, g, GanNets.G_PREFIX);
        float[] gBefore = weights(combined, GanNets.G_PREFIX);
        float[] standaloneBefore = weights(g, GanNets.G_PREFIX);
        float[] dBefore = weights(d, GanNets.D_PREFIX);
        assertArrayEquals(gBefore, standaloneBefore);
        INDArray fake = g.output(true, ConditionalGenerator.noise(new java.util.Random(1), 8, 8), cond)[0];
        objective.discriminatorStep(d, real, fake, cond, mismatched, classes);
        assertArrayEquals(gBefore, weights(combined, GanNets.G_PREFIX), "a D step changed G");
        assertArrayEquals(standaloneBefore, weights(g, GanNets.G_PREFIX), "making fakes changed G (BatchNorm statistics?)");
        float[] dAfter = weights(d, GanNets.D_PREFIX);
        assertFalse(java.util.Arrays.equals(dBefore, dAfter), "a D step left D as it was");

        // G step
        objective.generatorStep(combined, d, ConditionalGenerator.noise(new java.util.Random(2), 8, 8), cond, classes, null, 0);
        assertArrayEquals(dAfter, weights(d, GanNets.D_PREFIX), "a G step changed D");
        assertArrayEquals(dAfter, weights(combined, GanNets.D_PREFIX), "a G step changed D's frozen copy");
        assertFalse(java.util.Arrays.equals(gBefore, weights(combined, GanNets.G_PREFIX)), "a G step left G as it was");
        if (conditioning == Conditioning.PROJECTION) {
            for (float one : d.getLayer("d_sum").params().toFloatVector()) assertEquals(1f, one, "the projection's sum must stay all ones");
        }
    }

    @Test
    void bothDirectionsBuildForTheirSampleShapes() {
        record Case(Direction direction, InputShape shape) {}
        for (Case k : new Case[] {
                new Case(Direction.S2I, new InputShape(3, 64, 64)),
                new Case(Direction.S2I, new InputShape(3, 128, 128)),
                new Case(Direction.I2S, new InputShape(1, 128, 44)),
                new Case(Direction.I2S, new InputShape(1, 80, 44))}) {
            GanConfig c = tiny(k.direction(), Conditioning.CONCAT);
            ComputationGraph g = GanNets.generator(c, k.shape(), 16);
            ComputationGraph d = GanNets.discriminator(c, k.shape(), 16);
            INDArray cond = Nd4j.rand(DataType.FLOAT, 2, 16);
            INDArray sample = g.output(false, Nd4j.randn(DataType.FLOAT, 2, 8), cond)[0];
            assertArrayEquals(k.shape().batchShape(2), sample.shape(), k.toString());
            INDArray p = d.output(false, sample, cond)[0];
            assertArrayEquals(new long[] {2, 1}, p.shape());
            INDArray named = d.output(false, sample, cond)[1];
            assertArrayEquals(new long[] {2, GanNets.CLASSES}, named.shape());
            assertEquals(1.0, named.getRow(0).sumNumber().doubleValue(), 1e-5, "softmax over the instruments");
            assertEquals(1.0, sample.amaxNumber().doubleValue(), 1.0, "tanh output");
        }
    }

    @Test
    void theRowPathReadsEachRowWholeAndAddsItsFeaturesBesideTheStack() {
        InputShape shape = new InputShape(1, 32, 12);
        GanConfig c = tiny(Direction.I2S, Conditioning.PROJECTION).with(Map.of("bands", "true"));
        ComputationGraph d = GanNets.discriminator(c, shape, 6);
        assertArrayEquals(new long[] {GanNets.BANDS, 1, 1, 12}, d.getLayer("d_bands").getParam("W").shape(), "one kernel spans the row");
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, 1, 32, 12);
        INDArray[] out = d.output(false, x, Nd4j.zeros(DataType.FLOAT, 2, 6));
        assertArrayEquals(new long[] {2, 1}, out[0].shape());
        assertEquals(out[1], d.output(false, x, Nd4j.rand(DataType.FLOAT, 2, 6))[1], "the class head must not see the condition");
        // energy moved from one row to another changes what D says: the rows' places count
        INDArray moved = x.dup();
        moved.putScalar(new long[] {0, 0, 3, 5}, 1);
        moved.putScalar(new long[] {0, 0, 28, 5}, -1);
        assertFalse(out[0].getRow(0).equals(d.output(false, moved, Nd4j.zeros(DataType.FLOAT, 2, 6))[0].getRow(0)));
        assertEquals(0, GanNets.discriminator(tiny(Direction.I2S, Conditioning.PROJECTION), shape, 6).getConfiguration()
                .getVertices().keySet().stream().filter(n -> n.startsWith("d_bands")).count(), "off by default");
    }

    @Test
    void theClassHeadReadsTheSampleAloneAndWeightZeroLeavesItOut() {
        InputShape shape = new InputShape(3, 16, 16);
        GanConfig c = tiny(Direction.S2I, Conditioning.CONCAT);
        ComputationGraph d = GanNets.discriminator(c, shape, 6);
        INDArray x = Nd4j.rand(DataType.FLOAT, 2, 3, 16, 16);
        INDArray named = d.output(false, x, Nd4j.zeros(DataType.FLOAT, 2, 6))[1];
        assertEquals(named, d.output(false, x, Nd4j.rand(DataType.FLOAT, 2, 6))[1], "the class head must not see the condition");
        GanConfig off = c.with(Map.of("classWeight", "0"));
        assertEquals(1, GanNets.discriminator(off, shape, 6).getConfiguration().getNetworkOutputs().size());
        assertEquals(1, GanNets.combined(off, shape, 6).getConfiguration().getNetworkOutputs().size());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> c.with(Map.of("classWeight", "-1")));
    }

    @Test
    void emaHalvesAnOldWeightsShareAfterTheHalfLife() {
        double beta = Ema.beta(32, 3200);
        assertEquals(0.5, Math.pow(beta, 100), 1e-12);
        assertEquals(0, Ema.beta(32, 0));
        // ramped up: the half-life is at most RAMPUP (15%) of the pairs seen, so the first steps mostly copy G
        assertEquals(Ema.beta(32, Ema.RAMPUP * 3200), Ema.beta(32, 10_000, 3200), 1e-12);
        assertEquals(beta, Ema.beta(32, 3200, 1_000_000), 1e-12);
        org.junit.jupiter.api.Assertions.assertTrue(Ema.beta(32, 10_000, 32) < 0.01);
        InputShape shape = new InputShape(1, 8, 8);
        GanConfig c = tiny(Direction.I2S, Conditioning.CONCAT);
        ComputationGraph ema = GanNets.generator(c, shape, 4);
        ComputationGraph source = GanNets.generator(c, shape, 4);
        ema.params().assign(0);
        source.params().assign(1);
        for (int k = 0; k < 100; k++) Ema.update(ema, source, GanNets.G_PREFIX, beta);
        for (float v : ema.params().toFloatVector()) assertEquals(0.5f, v, 1e-5f);
    }

    @Test
    void upsamplingReachesTheSampleExactly() {
        assertEquals(4, GanNets.upsampling(new InputShape(3, 64, 64)).size());
        assertEquals(5, GanNets.upsampling(new InputShape(3, 128, 128)).size());
        int h = 44;
        for (int[] f : GanNets.upsampling(new InputShape(1, 128, 44))) h /= f[1];
        assertEquals(11, h);
    }
}
