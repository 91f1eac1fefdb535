package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * {@code change-column-type}: after the release a column has another type that keeps its values
 * (or fails on those that do not fit) but that the previous release does not expect.
 */
class ChangeColumnTypeTest {
  private static final String V1 = "CREATE TABLE t (n integer, flag boolean, id uuid, listing text, at timestamp);";

  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__a.sql", "CREATE TYPE listing AS ENUM ('All', 'Local');\n" + V1);
  }

  @Test
  void positiveIncompatible() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN n TYPE text; -- expect: change-column-type "Changes `t.n` from integer to text. The values convert"
        """).expect();
  }

  @Test
  void positiveUuidToChar36() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN id TYPE char(36); -- expect: change-column-type "Changes `t.id` from uuid to char(36)"
        """).expect();
  }

  @Test
  void positiveTextToEnumFailsRatherThanCuts() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN listing TYPE listing USING listing::listing; -- expect: change-column-type "Changes `t.listing` from text to listing"
        """).expect();
  }

  @Test
  void positiveMySqlModify() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `t` (`n` int NOT NULL) ENGINE=InnoDB;")
        .file("db/V2__b.sql", """
            ALTER TABLE `t` MODIFY `n` varchar(64) NOT NULL; -- expect: change-column-type "Changes `t.n` from integer to varchar(64)"
            """).expect();
  }

  @Test
  void positiveUnknownTypeBefore() {
    Fixture.repo().file("db/V2__b.sql", """
        ALTER TABLE other ALTER COLUMN x TYPE bigint; -- expect: change-column-type "Changes the type of `other.x` to bigint, but no earlier migration says what the type was"
        """).expect();
  }

  @Test
  void positiveTableRebuiltWithAnotherType() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE t (id int, n integer);")
        .file("db/V2__b.sql", """
            CREATE TABLE t_new (id int, n text); -- expect: change-column-type "Changes `t.n` from integer to text"
            INSERT INTO t_new SELECT id, n::text FROM t;
            DROP TABLE t;
            ALTER TABLE t_new RENAME TO t;
            """).expect();
  }

  @Test
  void negativeWideningAndLossyAreNotThisRule() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE t (n integer, s varchar(9));")
        .file("db/V2__b.sql", """
            ALTER TABLE t ALTER COLUMN n TYPE bigint;
            ALTER TABLE t ALTER COLUMN s TYPE varchar(3); -- expect: lossy-type-change "Changes `t.s` from varchar(9) to varchar(3)"
            """).expect();
  }

  @Test
  void negativeTimestampToTimestamptz() {
    deployed().file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN at TYPE timestamptz;").expect();
  }

  @Test
  void negativeChangedAndChangedBackInTheSameRelease() {
    deployed()
        .file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN n TYPE text;")
        .file("db/V3__c.sql", "ALTER TABLE t ALTER COLUMN n TYPE integer USING n::integer;")
        .expect();
  }

  @Test
  void negativeRenamedAndRetypedIsTheRenameOnly() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t RENAME COLUMN flag TO enabled; -- expect: rename-column "Renames `t.flag` to `enabled`"
        ALTER TABLE t ALTER COLUMN enabled TYPE text;
        """).expect();
  }

  @Test
  void negativeColumnAddedInTheSameRelease() {
    deployed().file("db/V2__b.sql", "ALTER TABLE t ADD COLUMN score integer;\nALTER TABLE t ALTER COLUMN score TYPE text;")
        .expect();
  }

  @Test
  void negativeSqliteHistoryHasNoTypeChecks() {
    Fixture.repo().applied("db/sqlite/V1__a.sql", "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, u BLOB);")
        .file("db/sqlite/V2__b.sql", """
            CREATE TABLE t_new (id INTEGER PRIMARY KEY, n TEXT, u CHAR(36));
            INSERT INTO t_new SELECT id, n, u FROM t;
            DROP TABLE t;
            ALTER TABLE t_new RENAME TO t;
            """).expect();
  }
}
