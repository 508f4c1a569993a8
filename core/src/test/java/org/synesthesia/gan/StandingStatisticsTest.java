package org.synesthesia.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.synesthesia.nn.InputShape;

class StandingStatisticsTest {

    static final int NOISE = 8;
    static final int CONDITION = 6;
    static final int SAMPLES = 256;
    /** G's BatchNorm layers and the layers whose outputs they normalise. */
    static final Map<String, String> NORMS = Map.of("g_fc_bn", "g_fc", "g_bn0", "g_conv0", "g_bn1", "g_conv1", "g_bn2", "g_conv2");

    @Test
    void everyBatchNormThenNormalisesWhatTheGeneratorFeedsIt() {
        GanConfig c = GanConfig.defaults(Direction.S2I).with(Map.of("gWidth", "2", "noiseSize", String.valueOf(NOISE)));
        ComputationGraph g = GanNets.generator(c, new InputShape(3, 64, 64), CONDITION);
        INDArray conditions = Nd4j.rand(DataType.FLOAT, 40, CONDITION).subi(0.5).muli(4);
        for (String name : NORMS.keySet()) {
            // statistics of no network that ran, as an averaged release may carry; a scale and shift of its own
            g.getLayer(name).getParam(BatchNormalizationParamInitializer.GLOBAL_MEAN).assign(3);
            g.getLayer(name).getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD).assign(Math.log10(5));
            g.getLayer(name).getParam(BatchNormalizationParamInitializer.GAMMA).assign(1.5);
            g.getLayer(name).getParam(BatchNormalizationParamInitializer.BETA).assign(0.25);
        }
        assertTrue(departure(g, conditions) > 0.1, "the test must see wrong statistics: " + departure(g, conditions));

        assertEquals(List.of("g_fc_bn", "g_bn0", "g_bn1", "g_bn2"), StandingStatistics.measure(g, conditions, NOISE, SAMPLES, 1), "in the graph's order");
        assertTrue(departure(g, conditions) < 1e-3, "each layer normalises its input by the input's own mean and variance over the samples: " + departure(g, conditions));
    }

    /**
     * The largest difference, over the samples {@link StandingStatistics#measure} draws with seed 1,
     * between each BatchNorm's output and gamma (x - mean) / sqrt(var + eps) + beta, with the mean and
     * variance of its input x over those samples. Both through a ReLU, which follows each BatchNorm and
     * which DL4J applies in place, so the graph's activations may hold the ReLU's output.
     */
    private static double departure(ComputationGraph g, INDArray conditions) {
        Random rng = new Random(1);
        int[] rows = new int[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) rows[i] = rng.nextInt((int) conditions.size(0));
        INDArray c = conditions.getRows(rows);
        var acts = g.feedForward(new INDArray[] {ConditionalGenerator.noise(rng, SAMPLES, NOISE), c}, false);
        double worst = 0;
        for (var e : NORMS.entrySet()) {
            INDArray x = StandingStatistics.channelsLast(acts.get(e.getValue()).castTo(DataType.DOUBLE));
            INDArray y = StandingStatistics.channelsLast(acts.get(e.getKey()).castTo(DataType.DOUBLE));
            INDArray mean = x.mean(0);
            INDArray std = Transforms.sqrt(x.var(false, 0).addi(1e-5));
            INDArray expected = x.subRowVector(mean).divRowVector(std).muli(1.5).addi(0.25);
            worst = Math.max(worst, Transforms.relu(expected).sub(Transforms.relu(y)).amaxNumber().doubleValue());
        }
        return worst;
    }
}
