package dev.onewaydoor.cli;

import dev.onewaydoor.check.Checker;
import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.config.ConfigException;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.config.RepoConfigParser;
import dev.onewaydoor.migrations.SourceFile;
import dev.onewaydoor.references.DirectoryTree;
import dev.onewaydoor.report.Renderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code onewaydoor check}: runs the pipeline on paths or on a git change and prints a report. */
public final class CheckCommand {
  public static final String USAGE = CheckOptions.USAGE;

  private final PrintStream out;
  private final PrintStream err;

  public CheckCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command and returns its exit status: 0 clean, 1 blocking findings, 2 usage or input error. */
  public int run(List<String> args) {
    try {
      CheckOptions o = CheckOptions.parse(args);
      Renderer renderer = renderer(o.format());
      Path repo = Path.of(o.repo() == null ? "." : o.repo());
      if (!Files.isDirectory(repo)) throw new UsageException("--repo " + o.repo() + " is not a directory");
      ProgressLine progress = new ProgressLine(err);
      Enriched report;
      if (o.base() != null) {
        GitRepo git = new GitRepo(repo);
        String base = git.resolve(o.base());
        String head = git.resolve(o.head());
        RepoConfig config = o.config() != null ? configFile(Path.of(o.config())) : configAt(git, base);
        List<SourceFile> baseFiles = git.files(base, config::wants);
        List<SourceFile> headFiles = git.files(head, config::wants);
        // The code at both commits: where the rollback target and the deploy use what changes.
        report = new Checker(config).reviewChange(baseFiles, headFiles, new GitTree(git, base), new GitTree(git, head),
            progress);
      } else {
        RepoConfig config = o.config() != null ? configFile(Path.of(o.config()))
            : configIfPresent(repo.resolve(RepoConfig.PATH));
        List<SourceFile> files = LocalFiles.collect(o.paths());
        report = new Checker(config).reviewAll(files, codeOf(o, repo), progress);
      }
      progress.clear();
      for (Throwable bug : report.report().internalErrors()) {
        err.println("onewaydoor: internal error (a bug in OneWayDoor; the file it hit is reported as analysis-failed):");
        bug.printStackTrace(err);
      }
      out.print(renderer.render(report));
      out.flush();
      return report.report().hasBlocking() ? 1 : 0;
    } catch (UsageException e) {
      err.println("onewaydoor: " + e.getMessage());
      return 2;
    }
  }

  /** Path mode's code: {@code --repo}, else the project holding the paths, its files shown from here. */
  private static DirectoryTree codeOf(CheckOptions o, Path repo) {
    Path root = o.repo() != null ? repo : ProjectRoot.of(o.paths(), repo);
    Path here = Path.of("").toAbsolutePath().normalize();
    Path abs = root.toAbsolutePath().normalize();
    String shown = abs.equals(here) ? "" : abs.startsWith(here) ? here.relativize(abs) + "/" : abs + "/";
    return new DirectoryTree(abs, shown.replace('\\', '/'));
  }

  private static Renderer renderer(String format) throws UsageException {
    try {
      return Renderer.forFormat(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static RepoConfig configIfPresent(Path file) throws UsageException {
    return Files.isRegularFile(file) ? configFile(file) : RepoConfig.defaults();
  }

  private static RepoConfig configFile(Path file) throws UsageException {
    try {
      return RepoConfigParser.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UsageException("cannot read config " + file + ": " + e.getMessage());
    } catch (ConfigException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** The config as the base commit has it: the change under review cannot weaken its own check. */
  private static RepoConfig configAt(GitRepo git, String commit) throws UsageException {
    SourceFile f = git.file(commit, RepoConfig.PATH);
    if (f == null) return RepoConfig.defaults();
    String text = f.text();
    if (text == null) throw new UsageException(RepoConfig.PATH + " at the base is not UTF-8 text");
    try {
      return RepoConfigParser.parse(text, RepoConfig.PATH + " (at " + commit.substring(0, 12) + ")");
    } catch (ConfigException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
