package dev.onewaydoor.cli;

import dev.onewaydoor.references.CodeTree;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The files of one commit as a {@link CodeTree}, read from git's object store (not the
 * working tree): one {@code ls-tree} for paths and sizes, and one {@code cat-file --batch}
 * process that hands out only the files a scan asks for. Symbolic links and submodules are
 * reported as skipped, never followed.
 */
final class GitTree implements CodeTree {
  private final GitRepo git;
  private final String commit;

  GitTree(GitRepo git, String commit) {
    this.git = git;
    this.commit = commit;
  }

  @Override
  public void forEach(Visitor visitor) throws IOException {
    java.util.List<GitRepo.Entry> entries;
    try {
      entries = git.entries(commit);
    } catch (UsageException e) {
      throw new IOException(e.getMessage(), e);
    }
    Process cat = git.catFileBatch();
    try (OutputStream in = cat.getOutputStream(); InputStream out = new BufferedInputStream(cat.getInputStream())) {
      for (GitRepo.Entry e : entries) {
        if (e.mode().equals("120000")) {
          visitor.skipped(e.path(), "symbolic link, not followed");
        } else if (e.mode().equals("160000")) {
          visitor.skipped(e.path(), "submodule, not scanned");
        } else if (e.mode().startsWith("100")) {
          visitor.file(e.path(), e.size(), () -> read(in, out, e.object()));
        }
      }
    } finally {
      cat.destroy();
    }
  }

  /** Asks the batch process for one object and reads {@code <id> blob <size>\n<bytes>\n}. */
  private static byte[] read(OutputStream in, InputStream out, String object) throws IOException {
    in.write((object + "\n").getBytes(StandardCharsets.US_ASCII));
    in.flush();
    String header = line(out);
    String[] parts = header.split(" ");
    if (parts.length < 3 || !parts[1].equals("blob")) throw new IOException("git cat-file: unexpected '" + header + "'");
    int size = Integer.parseInt(parts[2]);
    byte[] bytes = out.readNBytes(size);
    if (bytes.length != size || out.read() != '\n') throw new IOException("git cat-file: short read of " + object);
    return bytes;
  }

  private static String line(InputStream out) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    for (int c = out.read(); c != '\n'; c = out.read()) {
      if (c < 0) throw new IOException("git cat-file ended early");
      buf.write(c);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
