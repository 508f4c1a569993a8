package org.synesthesia.pairs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;

/**
 * A prepared pair store, memory-mapped read-only. All reads are thread-safe. See {@link StoreFiles}
 * for the layout and {@link PairStoreWriter} for how it is made.
 */
public final class PairStore {

    private final Path folder;
    private final PairManifest manifest;
    private final MappedRecords images;
    private final MappedRecords audio;
    private final MappedRecords labels;
    private final List<PairInfo> infos;
    private final int imageBytes;

    private PairStore(Path folder) throws IOException {
        this.folder = folder;
        if (!Files.isDirectory(folder)) throw new BadInputException(folder + ": no pair store here; run 'synesthesia data prepare' first.");
        Path mf = folder.resolve(StoreFiles.MANIFEST);
        if (!Files.isRegularFile(mf)) throw new BadInputException(mf + ": missing, so " + folder + " is not a finished pair store; prepare it again.");
        manifest = Json.readFile(mf, PairManifest.class);
        if (manifest.formatVersion() != PairManifest.FORMAT_VERSION) {
            throw new BadInputException(mf + ": store format " + manifest.formatVersion() + ", this program reads " + PairManifest.FORMAT_VERSION + "; prepare it again.");
        }
        imageBytes = (int) StoreFiles.imageBytes(manifest.imageSize());
        images = new MappedRecords(folder.resolve(StoreFiles.IMAGES), imageBytes, manifest.count());
        audio = new MappedRecords(folder.resolve(StoreFiles.AUDIO), manifest.chunkSamples() * 2, manifest.count());
        labels = new MappedRecords(folder.resolve(StoreFiles.LABELS), StoreFiles.LABEL_BYTES, manifest.count());
        infos = readInfos(folder.resolve(StoreFiles.PAIRS), manifest.count());
    }

    /** Opens the store in {@code folder}. */
    public static PairStore open(Path folder) throws IOException { return new PairStore(folder); }

    public Path folder() { return folder; }

    public PairManifest manifest() { return manifest; }

    public int size() { return manifest.count(); }

    public int imageSize() { return manifest.imageSize(); }

    public int chunkSamples() { return manifest.chunkSamples(); }

    public Split split(int i) { return Split.ofCode(labels.getByte(check(i), 1)); }

    public Instrument instrument(int i) { return Instrument.ofIndex(labels.getByte(check(i), 0)); }

    public boolean onset(int i) { return labels.getByte(check(i), 2) != 0; }

    public boolean hasPose(int i) { return labels.getByte(check(i), 3) != 0; }

    /** The four pose values ({@link org.synesthesia.instrument.Pose#NAMES} order), NaN when unknown. */
    public float[] pose(int i) {
        float[] p = new float[4];
        for (int k = 0; k < 4; k++) p[k] = labels.getFloat(check(i), StoreFiles.POSE_OFFSET + 4 * k);
        return p;
    }

    /** Pitch of the note at the chunk's centre in Hz, 0 when none or unknown. */
    public float pitchHz(int i) { return labels.getFloat(check(i), StoreFiles.PITCH_OFFSET); }

    /** Copies the image, S x S x 3 RGB bytes in HWC order, into {@code dst}. */
    public void image(int i, byte[] dst) {
        if (dst.length < imageBytes) throw new IllegalArgumentException("image needs " + imageBytes + " bytes");
        images.get(check(i), dst);
    }

    /** Writes the image as 3 x S x S floats in [-1, 1] (CHW) into {@code dstChw} from {@code offset}. */
    public void imageFloat(int i, float[] dstChw, int offset) {
        byte[] hwc = new byte[imageBytes];
        image(i, hwc);
        int plane = imageBytes / 3;
        for (int p = 0; p < plane; p++) {
            for (int c = 0; c < 3; c++) dstChw[offset + c * plane + p] = (hwc[3 * p + c] & 0xff) / 127.5f - 1f;
        }
    }

    /** Writes the image as 3 x S x S floats in [-1, 1] (CHW) into {@code dstChw}. */
    public void imageFloat(int i, float[] dstChw) { imageFloat(i, dstChw, 0); }

    /** Writes the sound chunk as floats in [-1, 1] into {@code dst} from {@code offset}. */
    public void audio(int i, float[] dst, int offset) {
        int n = chunkSamples();
        for (int k = 0; k < n; k++) dst[offset + k] = audio.getShort(check(i), 2 * k) / 32768f;
    }

    /** Writes the sound chunk as floats in [-1, 1] into {@code dst}. */
    public void audio(int i, float[] dst) { audio(i, dst, 0); }

    /** Where pair {@code i} came from. */
    public PairInfo info(int i) { return infos.get(check(i)); }

    /** Indices of the pairs in a split, ascending. */
    public int[] indices(Split split) {
        int[] out = new int[size()];
        int n = 0;
        for (int i = 0; i < size(); i++) if (split(i) == split) out[n++] = i;
        return java.util.Arrays.copyOf(out, n);
    }

    private int check(int i) {
        if (i < 0 || i >= size()) throw new IndexOutOfBoundsException("pair " + i + " of " + size());
        return i;
    }

    private List<PairInfo> readInfos(Path file, int count) throws IOException {
        List<PairInfo> out = new ArrayList<>(count);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (!StoreFiles.CSV_HEADER.equals(header)) throw new BadInputException(file + ": not a pairs table (header '" + header + "'); prepare the store again.");
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) continue;
                List<String> f = StoreCsv.split(line);
                try {
                    int index = Integer.parseInt(f.get(0));
                    if (index != out.size()) throw new NumberFormatException("index " + index + " out of order");
                    double time = f.get(4).isEmpty() ? Double.NaN : Double.parseDouble(f.get(4));
                    Instrument inst = Instrument.ofCode(f.get(5)).orElseThrow(() -> new NumberFormatException("instrument " + f.get(5)));
                    out.add(new PairInfo(index, f.get(1), Integer.parseInt(f.get(2)), f.get(3), time, inst, Split.valueOf(f.get(6).toUpperCase(java.util.Locale.ROOT))));
                } catch (RuntimeException e) {
                    throw new BadInputException(file + ": bad row '" + line + "' (" + e.getMessage() + "); prepare the store again.");
                }
            }
        }
        if (out.size() != count) throw new BadInputException(file + ": lists " + out.size() + " pairs but the manifest says " + count + "; prepare the store again.");
        return List.copyOf(out);
    }
}
