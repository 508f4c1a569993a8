package org.synesthesia.synth;

import java.util.Map;

/**
 * What a synthesis run made and how fast.
 *
 * @param pieces                the pieces in the dataset
 * @param piecesMade            the pieces made by this run (the others were already there)
 * @param secondsPerInstrument  seconds of recording each instrument plays in, by URMP code
 * @param recordingSeconds      total length of all recordings
 * @param recordingSecondsMade  total length of the recordings made by this run
 * @param wallSeconds           wall-clock time of this run, soundfont loading included
 * @param timesRealTime         recording seconds made per wall second
 */
public record SynthReport(int pieces, int piecesMade, Map<String, Double> secondsPerInstrument,
                          double recordingSeconds, double recordingSecondsMade, double wallSeconds, double timesRealTime) {

    public SynthReport {
        secondsPerInstrument = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(secondsPerInstrument));
    }
}
