package org.synesthesia.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.urmp.Piece;

/**
 * Decides the pieces of a dataset and composes them: which instruments play together, for how
 * long, under which title. Composing is cheap, so the whole plan is made up front; it depends only
 * on the config's seed, preset and lengths.
 */
public final class SynthPlan {

    /** One piece to make: its score and the seed of its recording's looks. */
    public record PlannedPiece(Score score, long seed) {
        public Piece piece() { return score.piece(); }
    }

    private static final String[] TITLES = {
        "Aria", "Etude", "Sonata", "Rondo", "Minuet", "Gavotte", "Nocturne", "Prelude", "Fugue",
        "Scherzo", "Serenade", "Canon", "Waltz", "March", "Romance", "Chorale", "Air", "Ballade",
        "Bourree", "Pastorale", "Caprice", "Fantasia", "Elegy", "Jig", "Toccata", "Intermezzo",
        "Barcarolle", "Sarabande", "Polonaise", "Mazurka", "Siciliano", "Gigue",
    };

    private SynthPlan() {}

    /** The pieces of {@code config}, in piece-number order. */
    public static List<PlannedPiece> of(SynthConfig config) {
        SplittableRandom rng = new SplittableRandom(config.seed());
        return config.preset().equals("tiny") ? tiny(config, rng) : sized(config, rng);
    }

    /**
     * Every instrument solo, then a duet of violin and cello and a trio of flute, clarinet and
     * bassoon, where the config plays them all.
     */
    private static List<PlannedPiece> tiny(SynthConfig config, SplittableRandom rng) {
        List<List<Instrument>> lineups = new ArrayList<>();
        for (Instrument i : config.instruments()) lineups.add(List.of(i));
        lineups.add(List.of(Instrument.VIOLIN, Instrument.CELLO));
        lineups.add(List.of(Instrument.FLUTE, Instrument.CLARINET, Instrument.BASSOON));
        lineups.removeIf(lineup -> !config.instruments().containsAll(lineup));
        List<PlannedPiece> plan = new ArrayList<>();
        for (List<Instrument> lineup : lineups) plan.add(planned(plan.size() + 1, lineup, config.minPieceSeconds(), rng));
        return plan;
    }

    /**
     * Solos (half the pieces), duets and trios, each led by the instrument that still needs the
     * most music, until every instrument has {@code secondsPerInstrument}. Ensembles are as large
     * as the config's instruments allow.
     */
    private static List<PlannedPiece> sized(SynthConfig config, SplittableRandom rng) {
        List<Instrument> pool = config.instruments();
        Map<Instrument, Double> need = new EnumMap<>(Instrument.class);
        for (Instrument i : pool) need.put(i, config.secondsPerInstrument());
        List<PlannedPiece> plan = new ArrayList<>();
        while (need.values().stream().anyMatch(s -> s > 0)) {
            double u = rng.nextDouble();
            int players = Math.min(pool.size(), u < 0.5 ? 1 : u < 0.8 ? 2 : 3);
            List<Instrument> lineup = new ArrayList<>();
            lineup.add(need.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
            while (lineup.size() < players) {
                Instrument other = pool.get(rng.nextInt(pool.size()));
                if (!lineup.contains(other)) lineup.add(other);
            }
            lineup.sort(Comparator.naturalOrder());
            double target = config.minPieceSeconds() + rng.nextDouble() * (config.maxPieceSeconds() - config.minPieceSeconds());
            PlannedPiece p = planned(plan.size() + 1, lineup, target, rng);
            for (Instrument i : lineup) need.merge(i, -p.score().seconds(), Double::sum);
            plan.add(p);
        }
        return plan;
    }

    private static PlannedPiece planned(int number, List<Instrument> lineup, double seconds, SplittableRandom rng) {
        Piece piece = new Piece(number, TITLES[rng.nextInt(TITLES.length)], lineup);
        return new PlannedPiece(MelodyModel.compose(piece, seconds, rng.nextLong()), rng.nextLong());
    }

    /** Seconds of recording each instrument plays in, by URMP code, in URMP's order. */
    public static Map<String, Double> secondsPerInstrument(List<PlannedPiece> plan) {
        Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        for (Instrument i : Instrument.values()) seconds.put(i.code(), 0.0);
        for (PlannedPiece p : plan) {
            for (Instrument i : p.piece().instruments()) seconds.merge(i.code(), p.score().seconds(), Double::sum);
        }
        return seconds;
    }
}
