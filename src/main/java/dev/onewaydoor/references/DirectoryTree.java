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
 * followed (a link may point out of the tree, or loop); {@code .git} and other tool folders
 * are not entered.
 */
public final class DirectoryTree implements CodeTree {
  private static final Set<String> NOT_ENTERED = Set.of(".git", ".hg", ".svn");

  private final Path root;

  public DirectoryTree(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public void forEach(Visitor visitor) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        Path name = dir.getFileName();
        return !dir.equals(root) && name != null && NOT_ENTERED.contains(name.toString())
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
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
    return root.relativize(file).toString().replace('\\', '/');
  }
}
