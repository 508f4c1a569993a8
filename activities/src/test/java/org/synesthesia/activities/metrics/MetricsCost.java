package org.synesthesia.activities.metrics;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.synesthesia.workflows.Direction;
import org.synesthesia.workflows.trial.TrialKind;
import org.synesthesia.workflows.trial.TrialRequest;

/**
 * By-hand timing (not a test): what the metrics cost a training step. A small strided-conv
 * classifier (32x32x3 in, 13 instruments out, batch 32) trains in alternating blocks with metrics
 * off and on; "on" reports every step to a trial's meters and has the /metrics endpoint scraped
 * every second (15 times Prometheus's compose interval). Prints each block's steps per second,
 * the medians, and the cost of one {@link TrialMeters#step} call and of one scrape on their own.
 * Arguments: steps per block (default 30), rounds (default 5).
 */
public final class MetricsCost {
    private MetricsCost() {}

    public static void main(String[] args) throws Exception {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        MultiLayerNetwork net = network();
        Nd4j.getRandom().setSeed(7);
        INDArray features = Nd4j.rand(new int[] {32, 3, 32, 32});
        INDArray labels = Nd4j.zeros(32, 13);
        for (int i = 0; i < 32; i++) labels.putScalar(i, i % 13, 1.0);
        DataSet batch = new DataSet(features, labels);

        PrometheusMeterRegistry registry = WorkerMeters.prometheus("bench");
        TrialRequest trial = new TrialRequest("bench", "bench/sweep-s2i/trial-000-lms", "bench/sweep-s2i", TrialKind.ENCODER,
                Direction.S2I, null, Map.of("encoding", "lms"));
        AtomicBoolean scraping = new AtomicBoolean(false);
        AtomicInteger scrapes = new AtomicInteger();
        try (MetricsEndpoint endpoint = MetricsEndpoint.serve(registry, "127.0.0.1", 0);
             TrialMeters meters = TrainingMeters.of(registry).open(trial, "TrainEncoder", false)) {
            Thread scraper = new Thread(() -> scrape(endpoint.url(), scraping, scrapes), "scraper");
            scraper.setDaemon(true);
            scraper.start();
            for (int i = 0; i < 10; i++) net.fit(batch); // warm-up: JIT, workspaces
            double[] off = new double[rounds], on = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                boolean onFirst = r % 2 == 1; // alternate the order, so drift in the machine's load hits both
                for (int k = 0; k < 2; k++) {
                    boolean metrics = (k == 0) == onFirst;
                    scraping.set(metrics);
                    double rate = block(net, batch, steps, metrics ? meters : null, r * steps);
                    (metrics ? on : off)[r] = rate;
                    System.out.printf(Locale.ROOT, "round %d metrics %-3s %.2f steps/s%n", r + 1, metrics ? "on" : "off", rate);
                }
            }
            scraping.set(false);
            double medianOff = median(off), medianOn = median(on);
            System.out.printf(Locale.ROOT, "median steps/s: off %.2f, on %.2f (on/off %.3f); %d scrapes%n",
                    medianOff, medianOn, medianOn / medianOff, scrapes.get());
            int calls = 1_000_000;
            TrainingStep s = new TrainingStep(1, 0, 0.01, 32, Map.of("ce", 1.0), 1e-3);
            for (int i = 0; i < calls; i++) meters.step(s); // warm-up
            long t0 = System.nanoTime();
            for (int i = 0; i < calls; i++) meters.step(s);
            double stepNanos = (System.nanoTime() - t0) / (double) calls;
            for (int i = 0; i < 50; i++) registry.scrape();
            long s0 = System.nanoTime();
            int bytes = 0;
            for (int i = 0; i < 200; i++) bytes = registry.scrape().length();
            System.out.printf(Locale.ROOT, "one TrialMeters.step: %.0f ns; one scrape: %.2f ms for %d bytes%n",
                    stepNanos, (System.nanoTime() - s0) / 200 / 1e6, bytes);
        }
    }

    private static double block(MultiLayerNetwork net, DataSet batch, int steps, TrialMeters meters, long first) {
        long start = System.nanoTime();
        for (int i = 1; i <= steps; i++) {
            long t0 = System.nanoTime();
            net.fit(batch);
            if (meters != null)
                meters.step(new TrainingStep(first + i, 0, (System.nanoTime() - t0) / 1e9, 32, Map.of("ce", net.score()), 1e-3));
        }
        return steps / ((System.nanoTime() - start) / 1e9);
    }

    private static void scrape(String url, AtomicBoolean scraping, AtomicInteger scrapes) {
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            try {
                Thread.sleep(1000);
                if (!scraping.get()) continue;
                http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
                scrapes.incrementAndGet();
            } catch (InterruptedException e) {
                return;
            } catch (java.io.IOException e) {
                // the endpoint closed at the end of the run
            }
        }
    }

    private static MultiLayerNetwork network() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(7).updater(new Adam(1e-3)).list()
                .layer(new ConvolutionLayer.Builder(5, 5).stride(2, 2).nOut(16).activation(Activation.RELU).build())
                .layer(new ConvolutionLayer.Builder(3, 3).stride(2, 2).nOut(32).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nOut(64).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(13).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(32, 32, 3)).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
