package dev.onewaydoor.cli;

import dev.onewaydoor.migrations.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Reads files at a git ref through the {@code git} command: one {@code ls-tree} to list and
 * one {@code cat-file --batch} to read them all, however many there are.
 */
final class GitRepo {
  private final Path dir;

  GitRepo(Path dir) {
    this.dir = dir;
  }

  /** Returns the commit a ref names, or throws a usage error saying the ref is unknown. */
  String resolve(String ref) throws UsageException {
    Result r = run(List.of("rev-parse", "--verify", "--quiet", ref + "^{commit}"), null);
    if (r.code != 0) throw new UsageException("unknown git ref '" + ref + "' in " + dir);
    return new String(r.out, StandardCharsets.UTF_8).strip();
  }

  /** Returns the files at {@code commit} whose paths pass {@code wanted}, with their contents. */
  List<SourceFile> files(String commit, Predicate<String> wanted) throws UsageException {
    Result ls = run(List.of("ls-tree", "-r", "-z", "--name-only", commit), null);
    if (ls.code != 0) throw new UsageException("git ls-tree failed in " + dir + ": " + ls.err());
    List<String> paths = new ArrayList<>();
    for (String p : new String(ls.out, StandardCharsets.UTF_8).split("\0")) {
      if (!p.isEmpty() && wanted.test(p)) paths.add(p);
    }
    return read(commit, paths);
  }

  /** One entry of {@code git ls-tree -r -l}: mode ({@code 100644}, {@code 120000} for a link …), object, size, path. */
  record Entry(String mode, String object, long size, String path) {}

  /** Every file entry at {@code commit}, with sizes, without reading contents. */
  List<Entry> entries(String commit) throws UsageException {
    Result ls = run(List.of("ls-tree", "-r", "-z", "-l", commit), null);
    if (ls.code != 0) throw new UsageException("git ls-tree failed in " + dir + ": " + ls.err());
    List<Entry> out = new ArrayList<>();
    for (String line : new String(ls.out, StandardCharsets.UTF_8).split("\0")) {
      int tab = line.indexOf('\t');
      if (tab < 0) continue;
      String[] meta = line.substring(0, tab).trim().split("\\s+");
      long size = meta.length > 3 && !meta[3].equals("-") ? Long.parseLong(meta[3]) : -1;
      out.add(new Entry(meta[0], meta[2], size, line.substring(tab + 1)));
    }
    return out;
  }

  /** A {@code git cat-file --batch} process reading objects one by one, as a scan asks for them. */
  Process catFileBatch() throws IOException {
    return new ProcessBuilder("git", "-C", dir.toString(), "cat-file", "--batch")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Returns one file at {@code commit}, or null when it does not exist there. */
  SourceFile file(String commit, String path) throws UsageException {
    List<SourceFile> files = read(commit, List.of(path));
    return files.isEmpty() ? null : files.get(0);
  }

  private List<SourceFile> read(String commit, List<String> paths) throws UsageException {
    if (paths.isEmpty()) return List.of();
    StringBuilder input = new StringBuilder();
    for (String p : paths) input.append(commit).append(':').append(p).append('\n');
    Result r = run(List.of("cat-file", "--batch"), input.toString().getBytes(StandardCharsets.UTF_8));
    if (r.code != 0) throw new UsageException("git cat-file failed in " + dir + ": " + r.err());
    List<SourceFile> out = new ArrayList<>();
    byte[] b = r.out;
    int pos = 0;
    for (String p : paths) {
      int nl = indexOf(b, (byte) '\n', pos);
      String header = new String(b, pos, nl - pos, StandardCharsets.UTF_8);
      pos = nl + 1;
      if (header.endsWith(" missing")) continue;
      String[] parts = header.split(" ");
      int size = Integer.parseInt(parts[parts.length - 1]);
      byte[] content = java.util.Arrays.copyOfRange(b, pos, pos + size);
      pos += size + 1;
      out.add(new SourceFile(p, content));
    }
    return out;
  }

  private static int indexOf(byte[] b, byte v, int from) {
    for (int i = from; i < b.length; i++) if (b[i] == v) return i;
    return b.length;
  }

  private Result run(List<String> args, byte[] stdin) throws UsageException {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.add("-C");
    cmd.add(dir.toString());
    cmd.addAll(args);
    try {
      Process p = new ProcessBuilder(cmd).start();
      Thread writer = new Thread(() -> {
        try (OutputStream os = p.getOutputStream()) {
          if (stdin != null) os.write(stdin);
        } catch (IOException ignored) {
          // git exited early; its exit code tells what went wrong
        }
      });
      writer.start();
      byte[] err;
      ByteArrayOutputStream errBuf = new ByteArrayOutputStream();
      Thread errReader = new Thread(() -> copy(p.getErrorStream(), errBuf));
      errReader.start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new UsageException("git " + args.get(0) + " did not finish within 5 minutes");
      }
      writer.join();
      errReader.join();
      err = errBuf.toByteArray();
      return new Result(p.exitValue(), out, err);
    } catch (IOException e) {
      throw new UsageException("cannot run git: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("interrupted while running git");
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException ignored) {
      // stderr is only used for messages
    }
  }

  private static final class Result {
    final int code;
    final byte[] out;
    final byte[] errBytes;

    Result(int code, byte[] out, byte[] errBytes) {
      this.code = code;
      this.out = out;
      this.errBytes = errBytes;
    }

    String err() {
      return new String(errBytes, StandardCharsets.UTF_8).strip();
    }
  }
}
