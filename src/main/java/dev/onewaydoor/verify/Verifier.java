package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.ChangeSet;
import dev.onewaydoor.analysis.Engine;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Suppression;
import dev.onewaydoor.analysis.rules.VerifySkipped;
import dev.onewaydoor.config.VerifyConfig;
import dev.onewaydoor.report.VerifiedHistory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies changes on a real database: for each dialect history with new migrations, the base
 * history, then up → previous-release probes → down → up ({@link ReleaseRun}). Used by the CLI
 * ({@code check --verify}) for one run and by the App for its lifetime: it keeps the servers
 * and the base templates between changes. Safe for concurrent use; runs never share a database.
 */
public final class Verifier implements AutoCloseable {
  private static final VerifySkipped SKIPPED = new VerifySkipped();

  private final Servers servers;

  private Verifier(Servers servers) {
    this.servers = servers;
  }

  /**
   * {@code DATABASE_URL} (postgresql://, mysql://, mariadb://) names a real server for its
   * dialect; PostgreSQL histories otherwise run on an embedded server started on first use.
   *
   * @throws IllegalArgumentException when {@code DATABASE_URL} is malformed (the message has no password)
   */
  public static Verifier fromEnv(Map<String, String> env) {
    String url = env.get("DATABASE_URL");
    return new Verifier(new Servers(url == null || url.isBlank() ? null : DatabaseUrl.parse(url)));
  }

  /** Verifies each history of {@code cs} within {@code limits.budget()} in all. */
  public Verification verify(ChangeSet cs, VerifyConfig limits) {
    Budget budget = Budget.of(limits.budget());
    List<VerifiedHistory> out = new ArrayList<>();
    for (History h : histories(cs)) {
      Servers.Choice choice = servers.forDialect(h.dialect());
      if (choice.server() == null) {
        out.add(skipped(h, choice.why()));
        continue;
      }
      VerifiedHistory v = new HistoryRun(choice.server(), choice.templates(), budget, limits)
          .run(h.dialect(), h.base(), h.releases(), choice.started());
      out.add(suppressed(v, cs));
    }
    return new Verification(out);
  }

  /** A note per history saying why it was not verified (fork pull requests, for one). */
  public static Verification notVerified(ChangeSet cs, String why) {
    List<VerifiedHistory> out = new ArrayList<>();
    for (History h : histories(cs)) out.add(skipped(h, why));
    return new Verification(out);
  }

  @Override
  public void close() {
    servers.close();
  }

  /** The server PostgreSQL histories run on, started if need be; null when it cannot start. */
  Server postgres() {
    return servers.forDialect("postgresql").server();
  }

  private static VerifiedHistory skipped(History h, String why) {
    Source at = Source.file(h.releases().get(0).get(0).migration().file());
    return new VerifiedHistory(h.dialect(), Map.of(), List.of(SKIPPED.skipped(at, why)),
        "**Not verified** (" + h.dialect() + " history): " + why);
  }

  /** Ignore comments in the change cover verified findings as they cover static ones. */
  private static VerifiedHistory suppressed(VerifiedHistory v, ChangeSet cs) {
    List<Suppression> all = cs.suppressions();
    List<Finding> kept = new ArrayList<>();
    for (Finding f : v.findings()) {
      if (all.stream().noneMatch(s -> s.covers(f.rule(), f.file(), f.line()))) kept.add(f);
    }
    return new VerifiedHistory(v.dialect(), v.superseded(), kept, v.summary());
  }

  /** One dialect's history: the deployed base and the releases to verify on it. */
  record History(String dialect, List<MigrationUnit> base, List<List<MigrationUnit>> releases) {}

  /**
   * The history to verify, if the change has new migrations. With a base, the change is one
   * release: the migrations it adds, and repeatable ones it edits (edits of applied migrations
   * do not run again; edit-applied-migration says so). Without a base, each migration is its
   * own release on the ones before it.
   *
   * <p>A repository's history runs on one database: when the per-file dialect guess disagrees
   * (a backtick in a comment makes a PostgreSQL file look like MySQL), the whole history runs
   * in the dialect most of its migrations have, PostgreSQL on a tie.
   */
  static List<History> histories(ChangeSet cs) {
    List<MigrationUnit> head = Engine.inOrder(cs.head());
    if (head.isEmpty()) return List.of();
    long mysql = head.stream().filter(u -> u.migration().dialect().equals("mysql")).count();
    String dialect = mysql * 2 > head.size() ? "mysql" : "postgresql";
    if (!cs.hasBase()) {
      List<List<MigrationUnit>> releases = new ArrayList<>();
      for (MigrationUnit u : head) releases.add(List.of(u));
      return List.of(new History(dialect, List.of(), releases));
    }
    List<MigrationUnit> base = Engine.inOrder(cs.base());
    Map<String, MigrationUnit> byId = new LinkedHashMap<>();
    for (MigrationUnit u : base) byId.put(u.migration().id(), u);
    List<MigrationUnit> release = new ArrayList<>();
    for (MigrationUnit u : head) {
      MigrationUnit before = byId.get(u.migration().id());
      if (before == null || u.migration().repeatable() && !before.normalizedUp().equals(u.normalizedUp())) release.add(u);
    }
    return release.isEmpty() ? List.of() : List.of(new History(dialect, base, List.of(release)));
  }
}
