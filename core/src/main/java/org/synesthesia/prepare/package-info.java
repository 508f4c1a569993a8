/**
 * Preparation: decoding a dataset once into a pair store ({@link org.synesthesia.pairs}).
 * {@link org.synesthesia.prepare.Preparer#prepare} is the one entry point. Layouts read:
 * <ul>
 * <li>{@code urmp}: piece folders {@code NN_Title_codes/} with {@code Vid_*.mp4}, {@code AuSep_*.wav}
 *     per track, and optionally {@code Notes_*.txt} and {@code Pose_*.csv}. Chunks of each track's
 *     separated sound pair with that player's part of the frame at the chunk's centre; silent chunks
 *     are left out by the notes, or by energy where a track has no notes. Player boxes are
 *     equal-width regions in track order, or come from a crop file, a CSV {@code piece,track,x,y,w,h}.</li>
 * <li>{@code sub-urmp}: {@code img/{train,validation}/<instrument>/<stem>.jpg} and
 *     {@code chunk/{train,validation}/<instrument>/<stem>.wav}, paired by stem.</li>
 * <li>{@code inis}: {@code images/<instrument>/*.{jpg,jpeg,png}} and {@code sounds/<instrument>/*.{wav,flac}},
 *     paired by class: chunk j of a split's sounds takes image j mod n of that split's images.</li>
 * <li>{@code folder}: videos with {@code labels.csv} rows {@code file,instrument[,instrument2...]},
 *     players left to right; the sound is the video's own track.</li>
 * </ul>
 * Train and test are split by recording (piece, sound file, video) with a fixed seed, except for
 * Sub-URMP, whose own split is kept (validation is test).
 */
package org.synesthesia.prepare;
