package org.synesthesia.pairs;

import org.synesthesia.instrument.Instrument;

/**
 * Where one pair came from: one row of {@code pairs.csv}.
 *
 * @param index      the pair's index in the store
 * @param piece      the recording it was cut from (URMP piece folder, Sub-URMP piece, video file)
 * @param track      1-based track (player, left to right); 1 for single-player sources
 * @param source     the sound file the chunk was cut from, relative to the source folder
 * @param timeSeconds start of the chunk in the recording, NaN where the source does not say
 * @param instrument the player's instrument
 * @param split      train or test
 */
public record PairInfo(int index, String piece, int track, String source, double timeSeconds,
                       Instrument instrument, Split split) {}
