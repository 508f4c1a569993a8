package org.synesthesia.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void identicalRatersAgreeFully() {
        int[] a = InstrumentAccuracyTest.randomLabels(100, 13, 1);
        Agreement g = Agreement.of(a, a.clone(), 13);
        assertEquals(1.0, g.raw());
        assertEquals(1.0, g.kappa());
    }

    @Test
    void independentRatersHaveKappaNearZero() {
        int[] a = InstrumentAccuracyTest.randomLabels(5000, 4, 1);
        int[] b = InstrumentAccuracyTest.randomLabels(5000, 4, 2);
        Agreement g = Agreement.of(a, b, 4);
        assertEquals(0.0, g.kappa(), 0.03);
        assertEquals(0.25, g.raw(), 0.03);
    }

    @Test
    void textbookTable() {
        // 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no: po = 0.7, pe = 0.5, kappa = 0.4
        int[] a = new int[50], b = new int[50];
        int i = 0;
        for (int k = 0; k < 20; k++, i++) { a[i] = 1; b[i] = 1; }
        for (int k = 0; k < 5; k++, i++) { a[i] = 1; b[i] = 0; }
        for (int k = 0; k < 10; k++, i++) { a[i] = 0; b[i] = 1; }
        Agreement g = Agreement.of(a, b, 2);
        assertEquals(0.7, g.raw(), 1e-12);
        assertEquals(0.4, g.kappa(), 1e-12);
    }

    @Test
    void oppositeRatersHaveNegativeKappa() {
        Random r = new Random(3);
        int[] a = new int[200], b = new int[200];
        for (int i = 0; i < 200; i++) { a[i] = r.nextInt(2); b[i] = 1 - a[i]; }
        assertEquals(-1.0, Agreement.of(a, b, 2).kappa(), 0.05);
    }
}
