package dev.onewaydoor.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where large webhook bodies are spooled while they arrive: {@code DATA_DIR/spool}, or a temporary folder. */
final class Spool {
  private Spool() {}

  /** Returns an empty spool folder: files a stopped process left there are deleted. */
  static Path prepare(Path dataDir) throws IOException {
    if (dataDir == null) {
      Path dir = Files.createTempDirectory("onewaydoor-spool");
      dir.toFile().deleteOnExit();
      return dir;
    }
    Path dir = Files.createDirectories(dataDir.resolve("spool"));
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "body-*.part")) {
      for (Path f : ds) Files.deleteIfExists(f);
    }
    return dir;
  }
}
