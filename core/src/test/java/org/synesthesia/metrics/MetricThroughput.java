package org.synesthesia.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the metric math of one evaluation at test-split scale (default 6,000 held-out pairs, 128-wide
 * judge embeddings, image and sound side), so that the 5-minute evaluation budget is checked; a
 * program, not a test. From the repository root:
 * <pre>
 * mvn -B -q -o -pl core test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/core-cp.txt
 * java -XX:ActiveProcessorCount=2 -cp core/target/classes:core/target/test-classes:$(cat /tmp/core-cp.txt) \
 *   org.synesthesia.metrics.MetricThroughput [pairs] [width]
 * </pre>
 */
public final class MetricThroughput {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 128;
        Random r = new Random(1);
        float[][] real = Gaussians.standard(n, d, 1);
        float[][] gen = Gaussians.standard(n, d, 2);
        float[][] realScores = Gaussians.standard(n, 13, 3);
        float[][] genScores = Gaussians.standard(n, 13, 4);
        float[][] truePoses = new float[n][4], readPoses = new float[n][4];
        int[] instruments = new int[n];
        for (int i = 0; i < n; i++) {
            instruments[i] = r.nextInt(13);
            for (int j = 0; j < 4; j++) { truePoses[i][j] = r.nextFloat(); readPoses[i][j] = r.nextFloat(); }
        }
        int[] conditions = new int[n];
        for (int i = 0; i < n; i++) conditions[i] = i / 4; // four samples per condition
        double total = 0;
        for (String side : List.of("image", "sound")) {
            JudgeSettings judge = side.equals("image") ? JudgeSettings.image("judge-image", 64) : JudgeSettings.sound("judge-lms", 22050, 0.5);
            EvaluationInputs in = EvaluationInputs.builder(side.equals("image") ? "S2I" : "I2S", judge, 1)
                    .real(real, instruments, realScores).generated(gen, instruments, conditions, genScores)
                    .conditionFeatures(real).poses(truePoses, readPoses).pairedRows().build();
            for (String name : MetricRegistry.names()) {
                if (!MetricRegistry.metricApplies(name, in)) continue;
                long t0 = System.nanoTime();
                MetricRegistry.compute(name, in);
                double s = (System.nanoTime() - t0) / 1e9;
                total += s;
                System.out.printf(Locale.ROOT, "%-6s %-20s %7.2f s%n", side, name, s);
            }
        }
        System.out.printf(Locale.ROOT, "total metric math for %d pairs x %d features, both sides: %.1f s%n", n, d, total);
    }
}
