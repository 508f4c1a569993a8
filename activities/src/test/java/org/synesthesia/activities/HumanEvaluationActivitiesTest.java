package org.synesthesia.activities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.temporal.failure.ApplicationFailure;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.synesthesia.activities.human.HumanEvaluationActivitiesImpl;
import org.synesthesia.activities.records.RecordActivitiesImpl;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.human.HumanEvaluationInput;
import org.synesthesia.workflows.human.HumanEvaluationOpening;
import org.synesthesia.workflows.human.Rating;
import org.synesthesia.workflows.human.RatingSubmission;
import org.synesthesia.workflows.records.ExperimentOpening;

/** Human-evaluation rows on a real PostgreSQL: each (sample, rater) counts once; nonsense is dropped or refused. */
class HumanEvaluationActivitiesTest {
    static EmbeddedRecords records;
    HumanEvaluationActivitiesImpl human;

    @BeforeAll static void start() { records = new EmbeddedRecords(); }
    @AfterAll static void stop() throws Exception { records.close(); }

    @BeforeEach
    void open() {
        records.clear();
        new RecordActivitiesImpl(records.db, "test").openExperiment(new ExperimentOpening("h", "h", null));
        human = new HumanEvaluationActivitiesImpl(records.db);
    }

    private int rate(String sample, String rater, String answer, Integer realism) {
        return human.recordRating(new RatingSubmission("h/human-p", new Rating(sample, rater, answer, realism)));
    }

    @Test
    void eachRaterCountsOncePerSampleAndInvalidAnswersAreDropped() {
        HumanEvaluationOpening opening = new HumanEvaluationOpening("h/human-p", new HumanEvaluationInput("h", "p", "/s", null, 3, 1));
        assertEquals(0, human.openHumanEvaluation(opening));
        assertEquals(1, rate("a.png", "ann", "vn", 4));
        assertEquals(1, rate("a.png", "ann", "vc", 2), "a second answer from the same rater is ignored");
        assertEquals(2, rate("a.png", "bob", "vc", null));
        assertEquals(2, rate("b.png", "bob", "piano", null), "not an instrument code");
        assertEquals(2, rate("b.png", "bob", "vn", 9), "realism out of 1..5");
        assertEquals(2, human.openHumanEvaluation(opening), "reopening after a restart counts what is recorded");
        human.closeHumanEvaluation("h/human-p");
        assertEquals(List.of(List.of("closed", 2L)), records.rows(
                "SELECT status, (SELECT count(*) FROM human_rating) FROM human_evaluation"));
        assertEquals("vn", records.value("SELECT answer FROM human_rating WHERE sample = 'a.png' AND rater = 'ann'"));
    }

    @Test
    void anUnknownEvaluationTrialIsBadInput() {
        ApplicationFailure failure = assertThrows(ApplicationFailure.class, () -> human.openHumanEvaluation(
                new HumanEvaluationOpening("h/human-q", new HumanEvaluationInput("h", "q", "/s", "h/evaluation-nope", 3, 1))));
        assertTrue(failure.isNonRetryable());
        assertEquals(StepOptions.BAD_INPUT, failure.getType());
        assertTrue(failure.getOriginalMessage().startsWith("evaluation trial h/evaluation-nope is not recorded"));
    }
}
