package org.synesthesia.activities.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of a file, or of a folder as the digest of its files' relative paths and digests in name order. */
public final class Checksums {
    private Checksums() {}

    /** The digest and total size of a file or folder. */
    public record Sum(String sha256, long bytes) {}

    public static Sum of(Path path) {
        try {
            if (!Files.isDirectory(path)) return new Sum(file(path), Files.size(path));
            MessageDigest tree = sha256();
            long bytes = 0;
            List<Path> files;
            try (var walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                tree.update(path.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                tree.update(file(f).getBytes(StandardCharsets.US_ASCII));
                bytes += Files.size(f);
            }
            return new Sum(HexFormat.of().formatHex(tree.digest()), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String file(Path f) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
