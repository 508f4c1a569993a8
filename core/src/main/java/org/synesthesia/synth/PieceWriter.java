package org.synesthesia.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleFunction;
import org.synesthesia.audio.WavWriter;
import org.synesthesia.instrument.Pose;
import org.synesthesia.render.Appearance;
import org.synesthesia.render.PerformanceRenderer;
import org.synesthesia.render.Performer;
import org.synesthesia.render.Scene;
import org.synesthesia.urmp.Piece;
import org.synesthesia.urmp.UrmpText;
import org.synesthesia.video.VideoWriter;

/**
 * Writes one piece's files into a folder, named as URMP names them: per track the separated sound
 * (48 kHz mono 24-bit), the notes, the F0 track and the drawn poses; for the piece the mixed
 * sound and the video with the mixed sound.
 */
final class PieceWriter {

    /** Peak level of every separated track and of the mix. */
    static final float PEAK = 0.8f;
    /** Hop of the F0 files, as pitch trackers report them. */
    static final double F0_HOP_SECONDS = 0.01;

    private final java.util.function.IntFunction<SoundfontRenderer> soundOf;
    private final int width;
    private final int height;
    private final SynthConfig.Poses poses;

    /** {@code soundOf} gives the soundfont a piece (by number) is played with. */
    PieceWriter(java.util.function.IntFunction<SoundfontRenderer> soundOf, int width, int height, SynthConfig.Poses poses) {
        this.soundOf = soundOf;
        this.width = width;
        this.height = height;
        this.poses = poses;
    }

    void write(SynthPlan.PlannedPiece planned, Path folder) throws IOException {
        Score score = planned.score();
        Piece piece = score.piece();
        int samples = (int) Math.round(score.seconds() * SoundfontRenderer.SAMPLE_RATE);
        float[] mix = new float[samples];
        SoundfontRenderer sound = soundOf.apply(piece.number());
        List<DoubleFunction<Pose>> poseTracks = new ArrayList<>();
        for (int track = 1; track <= piece.tracks(); track++) {
            Part part = score.parts().get(track - 1);
            float[] separated = sound.render(part, score.seconds());
            normalize(separated);
            for (int i = 0; i < samples; i++) mix[i] += separated[i];
            WavWriter.writeMono(folder.resolve(piece.separatedName(track)), separated, SoundfontRenderer.SAMPLE_RATE, 24);
            UrmpText.writeNotes(folder.resolve(piece.notesName(track)), part.urmpNotes());
            UrmpText.writeF0s(folder.resolve(piece.f0Name(track)), part.f0s(F0_HOP_SECONDS, score.seconds()));
            poseTracks.add(switch (poses) {
                case PLAYED -> new PoseTrack(part)::at;
                // the piece's seed and the track: each player moves its own way
                case DRAWN -> new DrawnPoses(part.instrument(), score.seconds(), planned.seed() * 31 + track)::at;
            });
        }
        normalize(mix);
        WavWriter.writeMono(folder.resolve(piece.mixName()), mix, SoundfontRenderer.SAMPLE_RATE, 24);

        int frames = VideoWriter.frameCount(score.seconds());
        List<List<Pose>> posesByFrame = new ArrayList<>(frames);
        List<List<UrmpText.PoseFrame>> rowsByTrack = new ArrayList<>();
        for (int track = 0; track < piece.tracks(); track++) rowsByTrack.add(new ArrayList<>(frames));
        for (int k = 0; k < frames; k++) {
            double t = VideoWriter.frameTime(k);
            List<Pose> poses = new ArrayList<>(piece.tracks());
            for (int track = 0; track < piece.tracks(); track++) {
                Pose pose = poseTracks.get(track).apply(t);
                poses.add(pose);
                rowsByTrack.get(track).add(new UrmpText.PoseFrame(k, t, pose));
            }
            posesByFrame.add(poses);
        }
        for (int track = 1; track <= piece.tracks(); track++) {
            UrmpText.writePoses(folder.resolve(piece.poseName(track)), rowsByTrack.get(track - 1));
        }

        PerformanceRenderer renderer = renderer(planned);
        VideoWriter.write(folder.resolve(piece.videoName()), width, height, frames,
                k -> renderer.render(posesByFrame.get(k)), mix, SoundfontRenderer.SAMPLE_RATE);
    }

    /** The piece's camera and performers. Looks, room, framing and light vary per recording, reproducibly from the piece's seed. */
    PerformanceRenderer renderer(SynthPlan.PlannedPiece planned) {
        Random looks = new Random(planned.seed());
        Scene scene = Scene.random(looks);
        List<Performer> performers = new ArrayList<>();
        for (var instrument : planned.score().piece().instruments()) performers.add(new Performer(instrument, Appearance.random(looks)));
        return new PerformanceRenderer(width, height, scene, performers);
    }

    /** Scales to {@link #PEAK}; silence stays silence. */
    private static void normalize(float[] samples) {
        float peak = 0;
        for (float s : samples) peak = Math.max(peak, Math.abs(s));
        if (peak == 0) return;
        float gain = PEAK / peak;
        for (int i = 0; i < samples.length; i++) samples[i] *= gain;
    }
}
