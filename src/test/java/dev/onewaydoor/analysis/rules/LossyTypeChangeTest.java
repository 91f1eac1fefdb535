package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code lossy-type-change}: after the release a column's type cannot hold every value it held before. */
class LossyTypeChangeTest {
  private static final String V1 = "CREATE TABLE t (code varchar(255), n integer, price numeric(10,2), at timestamptz, "
      + "seen timestamp, body text, id uuid);";

  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__a.sql", V1);
  }

  @Test
  void positiveShorterVarchar() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN code TYPE varchar(50); -- expect: lossy-type-change "Changes `t.code` from varchar(255) to varchar(50): values that do not fit are cut"
        """).expect();
  }

  @Test
  void positiveNarrowerNumbersAndTimezones() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN price TYPE integer; -- expect: lossy-type-change "Changes `t.price` from numeric(10,2) to integer"
        ALTER TABLE t ALTER COLUMN at SET DATA TYPE timestamp; -- expect: lossy-type-change "Changes `t.at` from timestamptz to timestamp"
        ALTER TABLE t ALTER n TYPE smallint; -- expect: lossy-type-change "Changes `t.n` from integer to smallint"
        """).expect();
  }

  @Test
  void positiveTextToShortVarchar() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN body TYPE varchar(10); -- expect: lossy-type-change "Changes `t.body` from text to varchar(10)"
        """).expect();
  }

  @Test
  void positiveUuidToAShorterString() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN id TYPE varchar(8); -- expect: lossy-type-change "Changes `t.id` from uuid to varchar(8)"
        """).expect();
  }

  @Test
  void positiveMySqlModify() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `t` (`code` varchar(255) NOT NULL, `notes` MEDIUMTEXT) ENGINE=InnoDB;")
        .file("db/V2__b.sql", """
            ALTER TABLE `t` MODIFY COLUMN `code` varchar(20) NOT NULL; -- expect: lossy-type-change "Changes `t.code` from varchar(255) to varchar(20)"
            ALTER TABLE `t` MODIFY COLUMN `notes` TEXT; -- expect: lossy-type-change "Changes `t.notes` from mediumtext to text"
            """).expect();
  }

  @Test
  void positiveNarrowedInTwoStepsIsOneFindingOnTheNetChange() {
    deployed()
        .file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN code TYPE varchar(100);")
        .file("db/V3__c.sql", "ALTER TABLE t ALTER COLUMN code TYPE varchar(50); -- expect: lossy-type-change \"Changes `t.code` from varchar(255) to varchar(50)\"")
        .expect();
  }

  @Test
  void positiveCopySwapIntoANarrowerColumn() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t RENAME COLUMN body TO body_old;
        ALTER TABLE t ADD COLUMN body varchar(20); -- expect: lossy-type-change "Changes `t.body` from text to varchar(20)"
        UPDATE t SET body = body_old;
        ALTER TABLE t DROP COLUMN body_old;
        """).expect();
  }

  @Test
  void negativeWidening() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN n TYPE bigint;
        ALTER TABLE t ALTER COLUMN code TYPE character varying(300);
        ALTER TABLE t ALTER COLUMN price TYPE numeric(12,2);
        ALTER TABLE t ALTER COLUMN seen TYPE timestamptz;
        """).expect();
    deployed().file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN code TYPE text;").expect();
  }

  @Test
  void negativeMySqlBlobAndTextFamiliesWiden() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `t` (`data` BLOB NOT NULL, `notes` TINYTEXT) ENGINE=InnoDB;")
        .file("db/V2__b.sql", """
            ALTER TABLE `t` MODIFY COLUMN `data` MEDIUMBLOB NOT NULL;
            ALTER TABLE `t` MODIFY COLUMN `notes` LONGTEXT;
            """).expect();
  }

  @Test
  void negativeUuidToChar36KeepsEveryValue() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN id TYPE char(36); -- expect: change-column-type "Changes `t.id` from uuid to char(36)"
        """).expect();
  }

  @Test
  void negativeChangedAndChangedBackInTheSameRelease() {
    deployed()
        .file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN code TYPE varchar(50);")
        .file("db/V3__c.sql", "ALTER TABLE t ALTER COLUMN code TYPE varchar(255);")
        .expect("lossy-type-change", "change-column-type");
  }

  @Test
  void negativeColumnAddedInTheSameRelease() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ADD COLUMN label text;
        ALTER TABLE t ALTER COLUMN label TYPE varchar(10);
        """).expect();
  }

  @Test
  void positiveTableRebuiltWithNarrowerTypes() {
    deployed().file("db/V2__b.sql", """
        CREATE TABLE t_new (code varchar(10), n smallint, price numeric(10,2), at timestamptz, seen timestamp, body text, id uuid); -- expect: lossy-type-change "Changes `t.code` from varchar(255) to varchar(10)"  expect: lossy-type-change "Changes `t.n` from integer to smallint"
        INSERT INTO t_new SELECT * FROM t;
        DROP TABLE t;
        ALTER TABLE t_new RENAME TO t;
        """).expect();
  }

  @Test
  void negativeSqliteHistoryHasNoTypeChecks() {
    Fixture.repo().applied("db/sqlite/V1__a.sql", "CREATE TABLE t (id INTEGER PRIMARY KEY, code VARCHAR(255), n BIGINT);")
        .file("db/sqlite/V2__b.sql", """
            CREATE TABLE t_new (id INTEGER PRIMARY KEY, code VARCHAR(10), n SMALLINT);
            INSERT INTO t_new SELECT id, code, n FROM t;
            DROP TABLE t;
            ALTER TABLE t_new RENAME TO t;
            """).expect();
  }
}
