package org.synesthesia.study;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.synesthesia.image.Images;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.pairs.Pair;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.pairs.Split;
import org.synesthesia.pairs.TestStores;

/** Tiny real study inputs made on the fly: a pair store with held-out pairs, and generated-looking samples. */
public final class StudyFixtures {
    public static final int S = 16;
    public static final int CHUNK = 800;
    public static final int RATE = 8000;
    public static final List<Instrument> INSTRUMENTS = List.of(Instrument.VIOLIN, Instrument.CELLO, Instrument.TRUMPET);

    private StudyFixtures() {}

    /** A store of 2 train and 6 test pairs (two per instrument): each image a flat colour, each sound a sine. */
    public static PairStore store(Path folder) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            Instrument inst = INSTRUMENTS.get(n % 3);
            byte[] img = new byte[S * S * 3];
            for (int p = 0; p < S * S; p++) {
                img[3 * p] = (byte) (inst == Instrument.VIOLIN ? 200 : 30 + n);
                img[3 * p + 1] = (byte) (inst == Instrument.CELLO ? 200 : 30 + p % S * 8);
                img[3 * p + 2] = (byte) (inst == Instrument.TRUMPET ? 200 : 30);
            }
            short[] audio = new short[CHUNK];
            for (int k = 0; k < CHUNK; k++) audio[k] = (short) (8000 * Math.sin(2 * Math.PI * (220 + 110 * (n % 3)) * k / RATE));
            pairs.add(new Pair(img, audio, inst, n < 2 ? Split.TRAIN : Split.TEST, null, 220f, true, "piece" + n, 1,
                    "AuSep_" + n + ".wav", n * 0.1, n));
        }
        return PairStore.open(TestStores.write(folder, pairs, S, RATE, CHUNK));
    }

    /**
     * Generated-looking images in {@code folder}: each real image of {@code real} darkened, named
     * {@code <code>_<group>.png}.
     */
    public static Path generated(List<StudyItem> real, Path folder) throws IOException {
        for (StudyItem item : real) {
            if (!item.isImage()) continue;
            BufferedImage src = Images.read(item.file());
            BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < src.getHeight(); y++)
                for (int x = 0; x < src.getWidth(); x++) out.setRGB(x, y, (src.getRGB(x, y) >> 1) & 0x7f7f7f);
            Images.writePng(folder.resolve(item.instrument().code() + "_" + item.group() + ".png"), out);
        }
        return folder;
    }
}
