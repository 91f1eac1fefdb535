package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

class MissingDownMigrationTest {
  /** A golang-migrate history that writes downs. */
  private static Fixture withDowns() {
    return Fixture.repo()
        .file("migrations/0001_init.up.sql", "CREATE TABLE t (id int, a int);")
        .file("migrations/0001_init.down.sql", "DROP TABLE t;");
  }

  @Test
  void positiveGolangMigrateWithoutDownFile() {
    withDowns().file("migrations/0002_drop.up.sql", """
        ALTER TABLE t DROP COLUMN a; -- expect: missing-down-migration "It has no down migration, so `golang-migrate`"
        """).expect("missing-down-migration");
  }

  @Test
  void positiveEmptyDbmateDownNamesTheChangeItCannotUndo() {
    Fixture.repo()
        .file("db/migrations/20240101_init.sql", "-- migrate:up\nCREATE TABLE t (id int, a int);\n-- migrate:down\nDROP TABLE t;\n")
        .file("db/migrations/20240102_rename.sql", """
            -- migrate:up
            ALTER TABLE t RENAME COLUMN a TO b; -- expect: missing-down-migration "Its down migration db/migrations/20240102_rename.sql is empty"
            -- migrate:down
            """).expect("missing-down-migration");
  }

  @Test
  void positiveFlywayOnceTheRepositoryUsesUndo() {
    Fixture.repo().file("db/migration/V1__a.sql", "CREATE TABLE t (id int, a int);")
        .file("db/migration/U1__a.sql", "DROP TABLE t;")
        .file("db/migration/V2__b.sql", "ALTER TABLE t ALTER COLUMN a SET NOT NULL; -- expect: missing-down-migration \"It has no down\"")
        .expect("missing-down-migration");
  }

  @Test
  void negativeAdditiveMigrationNeedsNoDown() {
    withDowns().file("migrations/0002_add.up.sql", """
        ALTER TABLE t ADD COLUMN b int;
        CREATE INDEX t_b ON t (b);
        CREATE TABLE u (id int);
        """).expect("missing-down-migration");
  }

  @Test
  void negativeDownPresent() {
    withDowns().file("migrations/0002_drop.up.sql", "ALTER TABLE t DROP COLUMN a;")
        .file("migrations/0002_drop.down.sql", "ALTER TABLE t ADD COLUMN a int;").expect("missing-down-migration");
  }

  @Test
  void negativeHistoryThatNeverWritesDownsSaysSoOnce() {
    var report = Fixture.repo()
        .file("migrations/0001_init.up.sql", "CREATE TABLE t (id int, a int);")
        .file("migrations/0002_drop.up.sql", "ALTER TABLE t DROP COLUMN a; -- expect: drop-column \"Drops column `t.a`\"")
        .file("migrations/0003_drop.up.sql", "DROP TABLE t; -- expect: drop-table \"Drops table `t`\"")
        .expect();
    org.junit.jupiter.api.Assertions.assertTrue(report.notes().contains(
        "The PostgreSQL history has no down migrations: it rolls forward, so missing downs are not reported."),
        report.notes().toString());
  }

  @Test
  void negativeEmptyDownsByPolicy() {
    Fixture f = Fixture.repo();
    for (int i = 1; i <= 4; i++) {
      f.file("migrations/000" + i + "_x.up.sql", i == 1 ? "CREATE TABLE t (id int, a int);" : "ALTER TABLE t ADD COLUMN c" + i + " int;");
      f.file("migrations/000" + i + "_x.down.sql", "-- rolled forward, never back\n");
    }
    f.file("migrations/0005_drop.up.sql", "ALTER TABLE t DROP COLUMN a; -- expect: drop-column \"Drops column\"").expect();
  }

  @Test
  void negativeFrameworkWithoutDowns() {
    Fixture.repo().file("db/migration/V1__a.sql", "CREATE TABLE t (id int, a int);")
        .file("db/migration/V2__b.sql", "ALTER TABLE t RENAME COLUMN a TO b;").expect("missing-down-migration");
    Fixture.repo().file("prisma/migrations/20240101_x/migration.sql", "ALTER TABLE t RENAME COLUMN a TO b;")
        .expect("missing-down-migration");
  }
}
