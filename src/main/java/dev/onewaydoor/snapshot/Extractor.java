package dev.onewaydoor.snapshot;

import dev.onewaydoor.limits.CappedInput;
import dev.onewaydoor.limits.Sizes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Unpacks a gzipped tar archive of a commit into a snapshot directory, within
 * {@link SnapshotLimits}: regular files only (links are never followed or created), vendored
 * and binary files skipped, oversized files listed, and the whole archive read to its end so
 * that a truncated or corrupt one fails instead of yielding a partial tree.
 */
final class Extractor {
  private static final int SNIFF = 8000;
  private final SnapshotLimits limits;

  Extractor(SnapshotLimits limits) {
    this.limits = limits;
  }

  Snapshot extract(InputStream archive, Path root, String sha) throws IOException {
    Files.createDirectories(root.resolve("f"));
    CappedInput compressed = new CappedInput(archive, limits.maxArchiveBytes(), "the repository archive");
    InputStream expanded = new CappedInput(new GZIPInputStream(compressed, 64 * 1024), limits.maxExpandedBytes(),
        "the unpacked repository");
    TarReader tar = new TarReader(expanded);
    Map<String, Snapshot.Stored> files = new HashMap<>();
    Map<String, Long> tooLarge = new HashMap<>();
    long kept = 0;
    int n = 0;
    for (TarReader.Entry e; (e = tar.next()) != null; ) {
      String path = PathPolicy.repoPath(e.name());
      if (path == null || !e.regularFile() || PathPolicy.skipped(path)) continue;
      if (e.size() > limits.maxFileBytes()) {
        tooLarge.put(path, e.size());
        continue;
      }
      if (kept + e.size() > limits.maxKeptBytes()) {
        throw new CappedInput.TooLarge("the repository's files are larger than " + Sizes.human(limits.maxKeptBytes()));
      }
      Path target = Snapshot.dataFile(root, n);
      if (copyText(tar.data(), target)) {
        files.put(path, new Snapshot.Stored(n++, e.size()));
        kept += e.size();
      } else {
        Files.delete(target);
      }
    }
    expanded.transferTo(OutputStream.nullOutputStream()); // to the gzip trailer: its CRC proves the archive whole
    Snapshot s = new Snapshot(root, sha, files, tooLarge);
    s.writeIndex();
    return s;
  }

  /** Copies an entry; returns false when it turns out to be binary (a NUL byte near its start). */
  private static boolean copyText(InputStream data, Path target) throws IOException {
    byte[] buf = new byte[16 * 1024];
    long offset = 0;
    boolean text = true;
    try (OutputStream out = Files.newOutputStream(target)) {
      for (int r; (r = data.read(buf)) > 0; ) {
        if (text && offset < SNIFF) {
          for (int i = 0; i < Math.min(r, SNIFF - offset); i++) if (buf[i] == 0) text = false;
        }
        offset += r;
        if (text) out.write(buf, 0, r);
      }
    }
    return text;
  }
}
