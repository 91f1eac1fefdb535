package dev.onewaydoor.analysis;

/**
 * What a migration is, independent of its text: a stable {@code id} (its path, plus the
 * changeset id for Liquibase or the dialect for a shared pop file), the file holding its up
 * script, its version and name, the framework that runs it, and what that framework allows.
 *
 * @param repeatable re-run whenever it changes (Flyway {@code R__}): edits are expected
 * @param downsSupported the framework runs down/undo/revert scripts
 * @param ordered versions must only grow (false for Sqitch, whose plan is the order)
 * @param dialect the history it belongs to: one of {@link Dialects}' ids
 * @param group migrations a tool applies and reverts as one step share it (a pop version
 *     group); otherwise the id
 * @param checksummed the tool refuses to start when an applied file changes in any byte
 *     (Flyway, Liquibase); other tools only miss the edit
 * @param baseline a Flyway baseline ({@code B<version>__}): a new database runs it instead of
 *     every migration at or below its version
 */
public record Migration(String id, String file, String version, String name, String framework,
    boolean repeatable, boolean downsSupported, boolean ordered, String dialect, String group,
    boolean checksummed, boolean baseline) {

  public Migration(String id, String file, String version, String name, String framework, boolean repeatable,
      boolean downsSupported, boolean ordered, String dialect) {
    this(id, file, version, name, framework, repeatable, downsSupported, ordered, dialect, id, false, false);
  }

  public boolean isPostgres() {
    return Dialects.postgresLike(dialect);
  }
}
