package org.synesthesia.activities.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synesthesia.workflows.Direction;
import org.synesthesia.workflows.trial.TrialKind;
import org.synesthesia.workflows.trial.TrialRequest;

class TrialMetersTest {
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    static TrialRequest trial(String id) {
        return new TrialRequest("exp", "exp/" + id, "exp/sweep-s2i", TrialKind.ENCODER, Direction.S2I, null, Map.of("encoding", "cqt"));
    }

    @Test
    void aTrainingAttemptExportsItsStepsAndLossesUntilItEndsAndItsEvaluationAfter() {
        TrainingMeters trials = TrainingMeters.of(registry);
        try (TrialMeters meters = trials.open(trial("t1"), "TrainEncoder", true)) {
            meters.step(new TrainingStep(3, 1, 0.5, 16, Map.of("d", 0.25, "g", 1.5), 0.001));
            meters.step(new TrainingStep(4, 1, 0.25, 16, Map.of("d", 0.2, "g", 1.25), 0.001));
            meters.recorded("loss_ce", "", 0.7);
            meters.recorded("test_accuracy", "", 0.8);
            meters.recorded("accuracy", "vn", 1.0);
            meters.recorded("fd", "", 12.5);
            meters.recorded("w", "", 3.0); // a weight: records only
            String live = registry.scrape();
            String t = "trial=\"exp/t1\"";
            assertTrue(live.contains("synesthesia_training_step_seconds_count{direction=\"s2i\",encoding=\"cqt\",kind=\"encoder\"," + t + "} 2"), live);
            assertTrue(live.contains("synesthesia_training_step_seconds_sum{direction=\"s2i\",encoding=\"cqt\",kind=\"encoder\"," + t + "} 0.75"), live);
            assertTrue(live.contains("synesthesia_training_pairs_total{direction=\"s2i\",encoding=\"cqt\",kind=\"encoder\"," + t + "} 32"), live);
            assertTrue(live.contains("synesthesia_training_pairs_per_second{direction=\"s2i\",encoding=\"cqt\",kind=\"encoder\"," + t + "} 64"), live);
            assertTrue(live.contains("synesthesia_training_steps{direction=\"s2i\",encoding=\"cqt\",kind=\"encoder\"," + t + "} 4"), live);
            assertTrue(live.contains("synesthesia_training_epoch{direction=\"s2i\",encoding=\"cqt\",kind=\"encoder\"," + t + "} 1"), live);
            assertTrue(live.contains("synesthesia_training_learning_rate{direction=\"s2i\",encoding=\"cqt\",kind=\"encoder\"," + t + "} 0.001"), live);
            assertTrue(live.contains("loss=\"g\"," + t + "} 1.25"), live);
            assertTrue(live.contains("loss=\"ce\"," + t + "} 0.7"), live);
            assertTrue(live.contains("synesthesia_evaluation_accuracy{direction=\"s2i\",encoding=\"cqt\",instrument=\"all\",kind=\"encoder\",metric=\"test_accuracy\"," + t + "} 0.8"), live);
            assertTrue(live.contains("instrument=\"vn\",kind=\"encoder\",metric=\"accuracy\"," + t + "} 1"), live);
            assertTrue(live.contains("synesthesia_evaluation_distance{direction=\"s2i\",encoding=\"cqt\",kind=\"encoder\",label=\"\",metric=\"fd\"," + t + "} 12.5"), live);
            assertFalse(live.contains("metric=\"w\""), "a weight is not an evaluation value");
            assertTrue(live.contains("synesthesia_activity_resumes_total{activity=\"TrainEncoder\"} 1"), live);
            assertTrue(live.contains("synesthesia_trials_running 1"), live);
        }
        String after = registry.scrape();
        assertFalse(after.contains("synesthesia_training_"), "training meters go with the attempt:\n" + after);
        assertTrue(after.contains("synesthesia_evaluation_accuracy{"), "evaluation values stay");
        assertTrue(after.contains("synesthesia_trials_running 0"), after);
    }

    @Test
    void aRetriedAttemptUpdatesTheSameEvaluationSeriesAndOnlyRecentTrialsKeepTheirs() {
        TrainingMeters trials = TrainingMeters.of(registry);
        try (TrialMeters first = trials.open(trial("t0"), "TrainEncoder", false)) {
            first.recorded("test_accuracy", "", 0.5);
        }
        try (TrialMeters second = trials.open(trial("t0"), "TrainEncoder", true)) {
            second.recorded("test_accuracy", "", 0.75);
        }
        assertTrue(registry.scrape().contains("metric=\"test_accuracy\",trial=\"exp/t0\"} 0.75"), registry.scrape());
        for (int i = 1; i <= TrainingMeters.KEEP_TRIALS; i++)
            try (TrialMeters m = trials.open(trial("t" + i), "TrainEncoder", false)) {
                m.recorded("test_accuracy", "", i);
            }
        assertEquals(TrainingMeters.KEEP_TRIALS, trials.evaluatedTrials());
        String scrape = registry.scrape();
        assertFalse(scrape.contains("trial=\"exp/t0\""), "the oldest trial's values were dropped");
        assertTrue(scrape.contains("trial=\"exp/t" + TrainingMeters.KEEP_TRIALS + "\""));
    }

    @Test
    void namesFallIntoTheirFamilies() {
        assertEquals(MetricFamily.LOSS, MetricFamily.of("loss"));
        assertEquals("total", MetricFamily.lossName("loss"));
        assertEquals("d", MetricFamily.lossName("loss_d"));
        assertEquals("g", MetricFamily.lossName("g_loss"));
        assertEquals(MetricFamily.ACCURACY, MetricFamily.of("test_accuracy"));
        assertEquals(MetricFamily.ACCURACY, MetricFamily.of("recall_at_1"));
        assertEquals(MetricFamily.DISTANCE, MetricFamily.of("fd"));
        assertEquals(MetricFamily.DISTANCE, MetricFamily.of("kid"));
        assertEquals(MetricFamily.DISTANCE, MetricFamily.of("pose_error"));
        assertEquals(MetricFamily.OTHER, MetricFamily.of("w"));
    }
}
