package dev.onewaydoor.references;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * A working directory as a {@link CodeTree}: the CLI's path mode. Symbolic links are never
 * followed (a link may point out of the tree, or loop); {@code .git} and dependency folders
 * ({@code node_modules} …) are not entered.
 */
public final class DirectoryTree implements CodeTree {
  private static final Set<String> TOOL_FOLDERS = Set.of(".git", ".hg", ".svn");
  /** Dependency folders can hold hundreds of thousands of files: not walked at all, but said. */
  private static final Set<String> DEPENDENCY_FOLDERS = Set.of("node_modules", ".venv", "venv", "__pycache__",
      ".gradle", ".m2", "bower_components");

  private final Path root;
  private final String shownAs;

  public DirectoryTree(Path root) {
    this(root, "");
  }

  /**
   * Paths are reported as {@code shownAs} followed by the path under {@code root} ({@code
   * examples/booking/} + {@code src/…}), so they open from where the user ran the command.
   */
  public DirectoryTree(Path root, String shownAs) {
    this.root = root.toAbsolutePath().normalize();
    this.shownAs = shownAs;
  }

  @Override
  public void forEach(Visitor visitor) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        Path name = dir.getFileName();
        if (dir.equals(root) || name == null) return FileVisitResult.CONTINUE;
        if (TOOL_FOLDERS.contains(name.toString())) return FileVisitResult.SKIP_SUBTREE;
        if (DEPENDENCY_FOLDERS.contains(name.toString())) {
          visitor.skipped(relative(dir) + "/", "dependency folder, not entered");
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        String path = relative(file);
        if (attrs.isSymbolicLink()) {
          visitor.skipped(path, "symbolic link, not followed");
        } else if (attrs.isRegularFile()) {
          visitor.file(path, attrs.size(), () -> Files.readAllBytes(file));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        visitor.skipped(relative(file), "unreadable: " + e.getClass().getSimpleName());
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private String relative(Path file) {
    return shownAs + root.relativize(file).toString().replace('\\', '/');
  }
}
