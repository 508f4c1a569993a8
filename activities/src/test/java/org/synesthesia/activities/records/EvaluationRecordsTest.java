package org.synesthesia.activities.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synesthesia.metrics.MetricResult;

class EvaluationRecordsTest {

    @Test
    void valuesPerInstrumentAreLabelledByTheInstrumentCodeAndNonFiniteValuesAreLeftOut() {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("generated_top1", 0.5);
        v.put("generated_top1_vn", 0.75);
        v.put("generated_top1_tba", Double.NaN);
        v.put("generated_top3_ci_low", 0.25);
        List<EvaluationRecords.Row> rows = EvaluationRecords.rows(List.of(new MetricResult("instrument_accuracy", v, Map.of()),
                new MetricResult("kid", Map.of("kid", 0.01), Map.of())));
        assertEquals(List.of(
                new EvaluationRecords.Row("instrument_accuracy_generated_top1", "", 0.5),
                new EvaluationRecords.Row("instrument_accuracy_generated_top1", "vn", 0.75),
                new EvaluationRecords.Row("instrument_accuracy_generated_top3_ci_low", "", 0.25),
                new EvaluationRecords.Row("kid_kid", "", 0.01)), rows);
    }
}
