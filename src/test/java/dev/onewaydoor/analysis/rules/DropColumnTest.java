package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code drop-column} is judged on the net effect of a release: what the previous release reads that is gone. */
class DropColumnTest {
  private static final String V1 = "CREATE TABLE users (id int, email text, fax text);";

  /** The deployed history: {@code users} exists with three columns. */
  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__init.sql", V1);
  }

  @Test
  void positive() {
    deployed().file("db/V2__drop.sql", """
        -- fax is unused since 2021
        ALTER TABLE users DROP COLUMN fax; -- expect: drop-column "Drops column `users.fax`. Its values are deleted"
        """).expect();
  }

  @Test
  void positiveKeywordAsColumnNameThatJSqlParserRejects() {
    // JSqlParser rejects DROP COLUMN local / path / read; the recognizer does not.
    Fixture.repo().file("db/V2__drop.sql", """
        ALTER TABLE users DROP COLUMN local; -- expect: drop-column "Drops column `users.local`"
        ALTER TABLE users DROP COLUMN "read"; -- expect: drop-column "Drops column `users.read`"
        """).expect();
  }

  @Test
  void positiveMySql() {
    Fixture.repo().applied("db/V1__init.sql", "CREATE TABLE `users` (`id` int, `fax` text) ENGINE=InnoDB;")
        .file("db/V2__drop.sql", """
            ALTER TABLE `users` DROP `fax`, ENGINE=InnoDB; -- expect: drop-column "Drops column `users.fax`. Its values"
            """).expect();
  }

  @Test
  void positiveColumnNoMigrationCreatedSaysSo() {
    Report r = deployed().file("db/V2__drop.sql", """
        ALTER TABLE users DROP COLUMN nickname; -- expect: drop-column "Drops column `users.nickname`"
        """).expect();
    assertTrue(r.findings().get(0).message().endsWith("No earlier migration creates this column: it may come from "
        + "outside the migration history."), r.findings().get(0).message());
  }

  @Test
  void positiveMultiColumnDropReportsEachColumn() {
    Fixture.repo().applied("db/V1__init.sql", "CREATE TABLE q (id int, a int, b int, c int);")
        .file("db/V2__drop.sql", """
            ALTER TABLE q DROP COLUMN a, DROP COLUMN b; -- expect: drop-column "Drops column `q.a`"  expect: drop-column "Drops column `q.b`"
            ALTER TABLE q DROP COLUMN c, ADD COLUMN d int; -- expect: drop-column "Drops column `q.c`"
            """).expect();
  }

  @Test
  void positiveMultiColumnDropListReportsEachColumn() {
    Fixture.repo().applied("db/V1__init.sql", "CREATE TABLE q (id int, a int, b int, c int);")
        .file("db/V2__drop.sql", """
            ALTER TABLE q DROP COLUMN a, b, c; -- expect: drop-column "Drops column `q.a`"  expect: drop-column "Drops column `q.b`"  expect: drop-column "Drops column `q.c`"
            """).expect();
  }

  @Test
  void positiveTableRebuiltWithoutTheColumnPointsAtTheStatementThatLostIt() {
    deployed().file("db/V2__rebuild.sql", """
        CREATE TABLE users_new (id int, email text);
        INSERT INTO users_new SELECT id, email FROM users;
        DROP TABLE users; -- expect: drop-column "Table `users` is rebuilt without column `users.fax` (see line 1: the new table is created here)"
        ALTER TABLE users_new RENAME TO users;
        """).expect();
  }

  @Test
  void positiveTableMovedAsideAndRebuiltWithoutTheColumn() {
    deployed().file("db/V2__rebuild.sql", """
        ALTER TABLE users RENAME TO users_old;
        CREATE TABLE users (id int, email text);
        INSERT INTO users SELECT id, email FROM users_old;
        DROP TABLE users_old; -- expect: drop-column "Table `users` is rebuilt without column `users.fax`"
        """).expect();
  }

  @Test
  void positiveRenamedThenDroppedPointsAtTheDrop() {
    deployed().file("db/V2__drop.sql", """
        ALTER TABLE users RENAME COLUMN fax TO fax_unused;
        ALTER TABLE users DROP COLUMN fax_unused; -- expect: drop-column "Drops column `users.fax`. Its values are deleted"
        """).expect();
  }

  @Test
  void negativeTableRebuiltWithAllItsColumns() {
    deployed().file("db/V2__rebuild.sql", """
        CREATE TABLE users_new (id int, email text, fax text);
        INSERT INTO users_new SELECT id, email, fax FROM users;
        DROP TABLE users;
        ALTER TABLE users_new RENAME TO users;
        """).expect();
  }

  @Test
  void negativeAddColumn() {
    deployed().file("db/V2__add.sql", "ALTER TABLE users ADD COLUMN phone text;").expect();
  }

  @Test
  void negativeTableCreatedInTheSameChange() {
    Fixture.repo().withBase().file("db/V1__init.sql", V1)
        .file("db/V2__drop.sql", "ALTER TABLE users DROP COLUMN fax;").expect();
  }

  @Test
  void negativeColumnAddedAndDroppedInTheSameRelease() {
    deployed()
        .file("db/V2__add.sql", "ALTER TABLE users ADD COLUMN tmp int;\nUPDATE users SET tmp = id;")
        .file("db/V3__drop.sql", "ALTER TABLE users DROP COLUMN tmp;")
        .expect();
  }

  @Test
  void positiveColumnAddedInAnEarlierReleaseIsDeployed() {
    // Without a base every migration is its own release: V2's column is in use by the time V3 runs.
    Fixture.repo().file("db/V1__init.sql", V1)
        .file("db/V2__add.sql", "ALTER TABLE users ADD COLUMN tmp int;")
        .file("db/V3__drop.sql", "ALTER TABLE users DROP COLUMN tmp; -- expect: drop-column \"Drops column `users.tmp`\"")
        .expect();
  }

  @Test
  void positiveDroppedAndReAddedEmpty() {
    deployed().file("db/V2__reset.sql", """
        ALTER TABLE users DROP COLUMN fax; -- expect: drop-column "Drops column `users.fax` and adds it again empty (see line 2: re-added here)"
        ALTER TABLE users ADD COLUMN fax text;
        """).expect();
  }

  @Test
  void negativeCopySwapFillsTheReplacement() {
    deployed().file("db/V2__swap.sql", """
        ALTER TABLE users ADD COLUMN fax_new varchar(64);
        UPDATE users SET fax_new = fax;
        ALTER TABLE users DROP COLUMN fax;
        ALTER TABLE users RENAME COLUMN fax_new TO fax;
        """).expect("drop-column", "rename-column");
  }

  @Test
  void negativeDroppingTheWholeTableIsDropTableOnly() {
    deployed().file("db/V2__drop.sql", "DROP TABLE users; -- expect: drop-table \"Drops table `users`\"").expect();
  }
}
