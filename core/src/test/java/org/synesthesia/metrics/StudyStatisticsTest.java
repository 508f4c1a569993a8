package org.synesthesia.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudyStatisticsTest {

    @Test
    void wilsonIntervalMatchesThePublishedValue() {
        // 81 of 263 (Wikipedia's Wilson example style): p = 0.308, interval about [0.255, 0.366]
        Interval i = StudyStatistics.wilson(81, 263);
        assertEquals(0.2553, i.lower(), 5e-4);
        assertEquals(0.3662, i.upper(), 5e-4);
        Interval none = StudyStatistics.wilson(0, 10);
        assertEquals(0.0, none.lower());
        assertTrue(none.upper() > 0.2 && none.upper() < 0.35);
    }

    @Test
    void summarizesByConditionAndAgreement() {
        List<StudyStatistics.Answer> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) answers.add(new StudyStatistics.Answer("r" + i, "p" + (i % 3), "real", i < 9, i % 2, i % 2));
        for (int i = 0; i < 10; i++) answers.add(new StudyStatistics.Answer("g" + i, "p" + (i % 3), "s2i-lms", i < 4, 0, -1));
        StudyStatistics.Summary s = StudyStatistics.summarize(answers, 13);
        assertEquals(2, s.byCondition().size());
        assertEquals("real", s.byCondition().get(0).condition());
        assertEquals(0.9, s.byCondition().get(0).accuracy(), 1e-12);
        assertEquals(0.4, s.byCondition().get(1).accuracy(), 1e-12);
        assertTrue(s.byCondition().get(1).interval().contains(0.4));
        assertEquals(10, s.humanVsClassifier().items());
        assertEquals(1.0, s.humanVsClassifier().kappa());
        assertEquals(3, s.participants());
    }
}
