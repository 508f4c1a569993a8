package org.synesthesia.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.urmp.Piece;

class SynthPlanTest {

    @Test
    void smallAndFullGiveEveryInstrumentItsMusicOverSeveralPiecesWithEnsembles() {
        for (String preset : List.of("small", "medium", "large", "xlarge", "full")) {
            SynthConfig config = SynthConfig.preset(preset, 11);
            List<SynthPlan.PlannedPiece> plan = SynthPlan.of(config);
            Map<String, Double> seconds = SynthPlan.secondsPerInstrument(plan);
            for (Instrument i : Instrument.values()) {
                assertTrue(seconds.get(i.code()) >= config.secondsPerInstrument(), preset + " " + i.code() + " " + seconds.get(i.code()));
                long pieces = plan.stream().filter(p -> p.piece().instruments().contains(i)).count();
                assertTrue(pieces >= 3, preset + ": " + i.code() + " in " + pieces + " pieces, too few to split by piece");
            }
            assertTrue(plan.stream().anyMatch(p -> p.piece().tracks() == 2) && plan.stream().anyMatch(p -> p.piece().tracks() == 3), preset);
            Set<String> folders = new HashSet<>();
            for (int n = 0; n < plan.size(); n++) {
                Piece piece = plan.get(n).piece();
                assertEquals(n + 1, piece.number());
                assertTrue(folders.add(piece.folderName()));
                for (int t = 1; t < piece.tracks(); t++) {
                    assertTrue(piece.instrument(t).index() < piece.instrument(t + 1).index(), "tracks in URMP's order: " + piece.folderName());
                }
            }
            assertTrue(plan.stream().allMatch(p -> p.score().seconds() < config.maxPieceSeconds() + 20), preset + " piece lengths");
        }
    }

    @Test
    void fullIsAtLeastTwentyMinutesPerInstrument() {
        Map<String, Double> seconds = SynthPlan.secondsPerInstrument(SynthPlan.of(SynthConfig.preset("full", 1)));
        seconds.values().forEach(s -> assertTrue(s >= 20 * 60, "seconds " + s));
    }

    @Test
    void severalSoundfontsPlayThePiecesInTurn() {
        java.nio.file.Path a = java.nio.file.Path.of("/sf/a.sf2"), b = java.nio.file.Path.of("/sf/b.sf2");
        SynthConfig config = SynthConfig.preset("small", 1).withSoundfonts(List.of(a, b));
        assertEquals(a, config.soundfontOf(1));
        assertEquals(b, config.soundfontOf(2));
        assertEquals(a, config.soundfontOf(3));
        assertEquals(SynthPlan.of(SynthConfig.preset("small", 1)), SynthPlan.of(config), "the notes do not depend on the soundfonts");
        org.junit.jupiter.api.Assertions.assertThrows(org.synesthesia.io.BadInputException.class,
                () -> SynthConfig.preset("small", 1).withSoundfonts(List.of()));
    }

    @Test
    void aChosenSetOfInstrumentsPlaysAlone() {
        List<Instrument> pose = List.of(Instrument.TROMBONE, Instrument.VIOLIN, Instrument.VIOLA, Instrument.CELLO, Instrument.DOUBLE_BASS);
        SynthConfig config = SynthConfig.preset("medium", 5).withInstruments(pose);
        assertEquals(List.of(Instrument.VIOLIN, Instrument.VIOLA, Instrument.CELLO, Instrument.DOUBLE_BASS, Instrument.TROMBONE),
                config.instruments(), "in URMP's order");
        List<SynthPlan.PlannedPiece> plan = SynthPlan.of(config);
        Map<String, Double> seconds = SynthPlan.secondsPerInstrument(plan);
        for (Instrument i : Instrument.values()) {
            double s = seconds.get(i.code());
            assertTrue(pose.contains(i) ? s >= config.secondsPerInstrument() : s == 0, i.code() + " " + s);
        }
        assertTrue(plan.stream().anyMatch(p -> p.piece().tracks() == 3), "ensembles among the five");
        assertEquals(List.of(Instrument.CELLO), SynthPlan.of(SynthConfig.preset("tiny", 5).withInstruments(List.of(Instrument.CELLO)))
                .stream().flatMap(p -> p.piece().instruments().stream()).toList(), "tiny: the cello's solo, no ensemble without the cello's partners");
        assertEquals(SynthConfig.preset("medium", 5), SynthConfig.preset("medium", 5).withInstruments(null),
                "an older synth.json without instruments made all 13");
    }
}
