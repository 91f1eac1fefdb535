package dev.onewaydoor.cli;

import dev.onewaydoor.migrations.MigrationPaths;
import dev.onewaydoor.migrations.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Collects the {@code .sql} files and Sqitch plans under the paths given on the command line.
 * Under a directory that holds migrations by convention (framework file names, a folder named
 * like migrations), only those are taken, as in git mode: schema dumps and seed files beside
 * them are not migrations. A directory with no such file is taken whole: the user named it.
 */
final class LocalFiles {
  private LocalFiles() {}

  static List<SourceFile> collect(List<String> paths) throws UsageException {
    List<SourceFile> out = new ArrayList<>();
    for (String p : paths) {
      Path path = Path.of(p);
      if (!Files.exists(path)) throw new UsageException("no such file or directory: " + p);
      List<Path> found = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(path)) {
        for (Path f : (Iterable<Path>) walk.sorted()::iterator) {
          String name = f.getFileName() == null ? "" : f.getFileName().toString();
          if (Files.isRegularFile(f) && (name.endsWith(".sql") || name.equals("sqitch.plan"))) found.add(f);
        }
        boolean conventional = found.stream().anyMatch(f -> MigrationPaths.isCandidate(display(f)));
        for (Path f : found) {
          if (!conventional || MigrationPaths.isCandidate(display(f))) out.add(new SourceFile(display(f), Files.readAllBytes(f)));
        }
      } catch (IOException | UncheckedIOException e) {
        throw new UsageException("cannot read " + p + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** Paths as the user typed them, with forward slashes and no leading {@code ./}. */
  private static String display(Path f) {
    String s = f.normalize().toString().replace('\\', '/');
    return s.startsWith("./") ? s.substring(2) : s;
  }
}
