package dev.onewaydoor.check;

import dev.onewaydoor.analysis.ChangeSet;
import dev.onewaydoor.analysis.Engine;
import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.analysis.rules.Rules;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.migrations.MigrationFinder;
import dev.onewaydoor.migrations.Progress;
import dev.onewaydoor.migrations.SourceFile;
import dev.onewaydoor.references.CodeTree;
import java.util.List;

/**
 * The whole pipeline for one check, shared by the CLI and the GitHub App: find migrations
 * in the files, read them into the IR, and run the engine with the repository's config.
 */
public final class Checker {
  private final RepoConfig config;

  public Checker(RepoConfig config) {
    this.config = config;
  }

  /** Checks {@code head} as entirely new (no deployed history). */
  public Report checkAll(List<SourceFile> head, Progress progress) {
    return run(null, head, progress);
  }

  /**
   * Checks the change from {@code base} to {@code head}: the base is the deployed history,
   * replayed into the schema model; edits and deletions of its migrations are findings.
   * Callers pass the migration files only ({@link RepoConfig#wants}).
   */
  public Report checkChange(List<SourceFile> base, List<SourceFile> head, Progress progress) {
    return run(base, head, progress);
  }

  /**
   * {@link #checkChange} plus the code at both commits: where the base (the rollback target)
   * and the head (the deploy) use the names findings remove or change, and the plans.
   */
  public Enriched reviewChange(List<SourceFile> base, List<SourceFile> head, CodeTree baseCode, CodeTree headCode,
      Progress progress) {
    return review(read(base, head, progress), baseCode, headCode);
  }

  /** Analyses what was read, scans the code for what the findings name, and plans the blocking ones. */
  public Enriched review(Read read, CodeTree baseCode, CodeTree headCode) {
    Engine engine = new Engine(Rules.all(), config.rules());
    Report report = engine.analyze(read.changes()).withNotes(read.notes());
    return new Enricher(config::wants).enrich(report, baseCode, headCode,
        later -> engine.admit(report, later, read.changes()));
  }

  private Report run(List<SourceFile> base, List<SourceFile> head, Progress progress) {
    return analyze(read(base, head, progress));
  }

  /** The engine's input read from the files, and what reading them learnt (dialect guesses). */
  public record Read(ChangeSet changes, List<String> notes) {}

  /**
   * Reads the files into the engine's input, for callers that also verify the change on a
   * database ({@code dev.onewaydoor.verify}); {@code base} null means no deployed history.
   */
  public Read read(List<SourceFile> base, List<SourceFile> head, Progress progress) {
    MigrationFinder finder = new MigrationFinder(config.framework(), config.dialect());
    MigrationFinder.Found found = finder.read(head, progress);
    if (base == null) return new Read(ChangeSet.allNew(found.units()), found.notes());
    List<MigrationUnit> baseUnits = finder.read(base, Progress.NONE).units();
    return new Read(new ChangeSet(baseUnits, found.units(), true), found.notes());
  }

  /** Runs the rules with the repository's overrides. */
  public Report analyze(Read read) {
    return new Engine(Rules.all(), config.rules()).analyze(read.changes()).withNotes(read.notes());
  }
}
