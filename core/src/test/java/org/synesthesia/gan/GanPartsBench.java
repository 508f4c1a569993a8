package org.synesthesia.gan;

import java.util.Map;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.synesthesia.nn.InputShape;

/** Times the parts of a GAN step: {@code GanPartsBench CHANNELS HEIGHT WIDTH [key=value ...]}. */
public final class GanPartsBench {
    public static void main(String[] args) throws Exception {
        InputShape s = new InputShape(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        var o = new java.util.HashMap<String, String>();
        for (int i = 3; i < args.length; i++) o.put(args[i].split("=")[0], args[i].split("=")[1]);
        GanConfig c = GanConfig.defaults(Direction.S2I).with(o);
        int n = c.batchSize();
        ComputationGraph g = GanNets.generator(c, s, 128);
        ComputationGraph d = GanNets.discriminator(c, s, 128);
        ComputationGraph gan = GanNets.combined(c, s, 128);
        System.out.printf("params G %d D %d%n", g.numParams(), d.numParams());
        INDArray z = Nd4j.randn(DataType.FLOAT, n, c.noiseSize());
        INDArray cond = Nd4j.rand(DataType.FLOAT, n, 128);
        INDArray x = Nd4j.rand(DataType.FLOAT, s.batchShape(n));
        INDArray y = Nd4j.ones(DataType.FLOAT, n, 1);
        for (int r = 0; r < 3; r++) {
            long t0 = System.nanoTime();
            g.output(true, z, cond);
            long t1 = System.nanoTime();
            d.output(false, x, cond);
            long t2 = System.nanoTime();
            d.fit(new MultiDataSet(new INDArray[] {x, cond}, new INDArray[] {y}));
            long t3 = System.nanoTime();
            gan.fit(new MultiDataSet(new INDArray[] {z, cond}, new INDArray[] {y}));
            long t4 = System.nanoTime();
            System.out.printf("batch %d: G fwd %.2f  D fwd %.2f  D fit %.2f  GAN fit %.2f%n", n, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
        }
    }
}
