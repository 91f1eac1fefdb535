package dev.onewaydoor.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where path mode looks for the code that uses what migrations change, when {@code --repo} is
 * not given: the project the paths belong to — the nearest folder at or above them that holds
 * a repository or a build file — so checking {@code examples/booking} from another project's
 * root scans the example's code, not the other project's.
 */
final class ProjectRoot {
  /** Files and folders that mark the root of a project. */
  static final List<String> MARKERS = List.of(".git", "pom.xml", "build.gradle", "build.gradle.kts",
      "settings.gradle", "package.json", "go.mod", "Cargo.toml", "pyproject.toml", "setup.py", "Gemfile",
      "composer.json", "mix.exs");

  private ProjectRoot() {}

  /** The project root holding every path, or {@code fallback} when no folder above them is marked as one. */
  static Path of(List<String> paths, Path fallback) {
    Path common = null;
    for (String p : paths) {
      Path abs = Path.of(p).toAbsolutePath().normalize();
      Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
      common = common == null ? dir : commonAncestor(common, dir);
    }
    for (Path d = common; d != null; d = d.getParent()) {
      for (String marker : MARKERS) if (Files.exists(d.resolve(marker))) return d;
    }
    return fallback;
  }

  private static Path commonAncestor(Path a, Path b) {
    Path p = a;
    while (p != null && !b.startsWith(p)) p = p.getParent();
    return p;
  }
}
