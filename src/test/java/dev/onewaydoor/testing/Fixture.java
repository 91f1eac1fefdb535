package dev.onewaydoor.testing;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Checker;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.config.VerifyConfig;
import dev.onewaydoor.migrations.Progress;
import dev.onewaydoor.migrations.SourceFile;
import dev.onewaydoor.verify.Verification;
import dev.onewaydoor.verify.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds a repository of migration files in memory and runs the real pipeline on it: files
 * on the base branch (deployed history) and files at the head (the change under review).
 */
public final class Fixture {
  private final List<SourceFile> base = new ArrayList<>();
  private final List<SourceFile> head = new ArrayList<>();
  private boolean hasBase;
  private RepoConfig config = RepoConfig.defaults();

  public static Fixture repo() {
    return new Fixture();
  }

  /** A file that exists on the base branch and, unchanged, at the head. */
  public Fixture applied(String path, String sql) {
    hasBase = true;
    base.add(SourceFile.of(path, sql));
    head.add(SourceFile.of(path, sql));
    return this;
  }

  /** A file on the base branch only (deleted by the change). */
  public Fixture baseOnly(String path, String sql) {
    hasBase = true;
    base.add(SourceFile.of(path, sql));
    return this;
  }

  /** A file at the head: new, or an edit of a base file with the same path. */
  public Fixture file(String path, String sql) {
    head.removeIf(f -> f.path().equals(path));
    head.add(SourceFile.of(path, sql));
    return this;
  }

  /** Marks the fixture as a base/head comparison even when the base has no files. */
  public Fixture withBase() {
    hasBase = true;
    return this;
  }

  public Fixture config(RepoConfig c) {
    this.config = c;
    return this;
  }

  public Report check() {
    Checker checker = new Checker(config);
    return hasBase ? checker.checkChange(base, head, Progress.NONE) : checker.checkAll(head, Progress.NONE);
  }

  /**
   * Runs the check and asserts its findings against the {@code -- expect:} markers of the files
   * at the head ({@link Expectations}); with {@code rules}, only findings of those rules count.
   */
  public Report expect(String... rules) {
    Report r = check();
    Expectations.check(r, head, rules);
    return r;
  }

  /** Findings of one rule. */
  public List<Finding> findings(String rule) {
    return check().findings().stream().filter(f -> f.rule().equals(rule)).collect(Collectors.toList());
  }

  /** The static report and what verification on a real database made of it. */
  public record Verified(Report report, Verification verification) {
    public List<Finding> findings(String rule) {
      return report.findings().stream().filter(f -> f.rule().equals(rule)).collect(Collectors.toList());
    }

    public String summary() {
      return verification.summary();
    }
  }

  /** Runs the pipeline and verifies the change with {@code verifier}, with the config's limits. */
  public Verified verify(Verifier verifier) {
    return verify(verifier, config.verify());
  }

  public Verified verify(Verifier verifier, VerifyConfig limits) {
    Checker checker = new Checker(config);
    Checker.Read changes = checker.read(hasBase ? base : null, head, Progress.NONE);
    Verification v = verifier.verify(changes.changes(), limits);
    return new Verified(v.applyTo(checker.analyze(changes), config.rules()), v);
  }
}
