package dev.onewaydoor.cli;

import dev.onewaydoor.analysis.ChangeSet;
import dev.onewaydoor.references.CodeTree;
import dev.onewaydoor.check.Checker;
import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.config.ConfigException;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.config.RepoConfigParser;
import dev.onewaydoor.migrations.SourceFile;
import dev.onewaydoor.references.DirectoryTree;
import dev.onewaydoor.report.Renderer;
import dev.onewaydoor.verify.Verification;
import dev.onewaydoor.verify.Verifier;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code onewaydoor check}: runs the pipeline on paths or on a git change and prints a report. */
public final class CheckCommand {
  public static final String USAGE = CheckOptions.USAGE;

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  public CheckCommand(PrintStream out, PrintStream err) {
    this(out, err, System.getenv());
  }

  /** {@code env} supplies {@code DATABASE_URL} for {@code --verify}. */
  public CheckCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /** Runs the command and returns its exit status: 0 clean, 1 blocking findings, 2 usage or input error. */
  public int run(List<String> args) {
    try {
      CheckOptions o = CheckOptions.parse(args);
      Renderer renderer = renderer(o.format());
      Path repo = Path.of(o.repo() == null ? "." : o.repo());
      if (!Files.isDirectory(repo)) throw new UsageException("--repo " + o.repo() + " is not a directory");
      Inputs in = o.base() != null ? gitChange(o, repo) : paths(o, repo);
      ProgressLine progress = new ProgressLine(err);
      Checker checker = new Checker(in.config());
      Checker.Read changes = checker.read(in.baseFiles(), in.headFiles(), progress);
      Enriched review = checker.review(changes, in.baseCode(), in.headCode());
      progress.clear();
      Verification verification = o.verify() ? verify(changes.changes(), in.config()) : Verification.NONE;
      review = review.withReport(verification.applyTo(review.report(), in.config().rules()));
      print(o.format(), renderer, review, verification.summary());
      return review.report().hasBlocking() ? 1 : 0;
    } catch (UsageException e) {
      err.println("onewaydoor: " + e.getMessage());
      return 2;
    }
  }

  /** What a check reads: the config, the migration files at the base (null: no base) and head, the code at each. */
  private record Inputs(RepoConfig config, List<SourceFile> baseFiles, List<SourceFile> headFiles, CodeTree baseCode,
      CodeTree headCode) {}

  /** Git mode: the change from {@code --base} to {@code --head}, read from git's object store. */
  private static Inputs gitChange(CheckOptions o, Path repo) throws UsageException {
    GitRepo git = new GitRepo(repo);
    String base = git.resolve(o.base());
    String head = git.resolve(o.head());
    RepoConfig config = o.config() != null ? configFile(Path.of(o.config())) : configAt(git, base);
    // The code at both commits: where the rollback target and the deploy use what changes.
    return new Inputs(config, git.files(base, config::wants), git.files(head, config::wants), new GitTree(git, base),
        new GitTree(git, head));
  }

  /** Path mode: the given files, all new; the code of the project holding them. */
  private static Inputs paths(CheckOptions o, Path repo) throws UsageException {
    RepoConfig config = o.config() != null ? configFile(Path.of(o.config())) : configIfPresent(repo.resolve(RepoConfig.PATH));
    return new Inputs(config, null, LocalFiles.collect(o.paths()), null, codeOf(o, repo));
  }

  private void print(String format, Renderer renderer, Enriched review, String verificationSummary) {
    for (Throwable bug : review.report().internalErrors()) {
      err.println("onewaydoor: internal error (a bug in OneWayDoor; the file it hit is reported as analysis-failed):");
      bug.printStackTrace(err);
    }
    out.print(renderer.render(review));
    if (!verificationSummary.isEmpty()) {
      // Scripts parse json and sarif from stdout: the summary goes to stderr for them.
      boolean text = format.equals("text") || format.equals("markdown");
      (text ? out : err).print("\n" + (format.equals("markdown") ? verificationSummary
          : verificationSummary.replace("**", "")) + "\n");
    }
    out.flush();
  }

  private Verification verify(ChangeSet changes, RepoConfig config) throws UsageException {
    // The embedded server's own log is for the App's operators: logback.xml keeps it at WARN.
    try (Verifier verifier = Verifier.fromEnv(env)) {
      return verifier.verify(changes, config.verify());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
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
