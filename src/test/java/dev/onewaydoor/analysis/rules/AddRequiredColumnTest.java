package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * {@code add-required-column}: after the release, a table the previous release inserts into has a
 * NOT NULL column without a default that the previous release does not know.
 */
class AddRequiredColumnTest {
  private static final String V1 = "CREATE TABLE t (id int);";

  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__a.sql", V1);
  }

  @Test
  void positive() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ADD COLUMN tier varchar(10) NOT NULL; -- expect: add-required-column "Adds `t.tier` as NOT NULL without a default. On a table with rows"
        """).expect();
  }

  @Test
  void positiveMySql() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `t` (`id` int) ENGINE=InnoDB;")
        .file("db/V2__b.sql", """
            ALTER TABLE `t` ADD COLUMN `tier` varchar(10) NOT NULL AFTER `id`; -- expect: add-required-column "Adds `t.tier` as NOT NULL without a default"
            """).expect();
  }

  @Test
  void positiveAddedNullableBackfilledAndSetNotNullInTheSameRelease() {
    // The previous release still inserts without `tier`: the net effect is a new required column.
    deployed()
        .file("db/V2__add.sql", """
            ALTER TABLE t ADD COLUMN tier text; -- expect: add-required-column "Adds `t.tier` as NOT NULL without a default. On a table"
            UPDATE t SET tier = 'free';
            """)
        .file("db/V3__require.sql", "ALTER TABLE t ALTER COLUMN tier SET NOT NULL;")
        .expect();
  }

  @Test
  void positiveTableRebuiltWithAnExtraRequiredColumn() {
    deployed().file("db/V2__rebuild.sql", """
        CREATE TABLE t_new (id int, tier text NOT NULL); -- expect: add-required-column "Adds `t.tier` as NOT NULL without a default"
        INSERT INTO t_new SELECT id, 'free' FROM t;
        DROP TABLE t;
        ALTER TABLE t_new RENAME TO t;
        """).expect();
  }

  @Test
  void positiveWrittenByAFunctionOfTheSameReleaseIsAWarning() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ADD COLUMN total bigint NOT NULL; -- expect-warning: add-required-column "Adds `t.total` as NOT NULL without a default; a function this release defines (line 2) fills it"
        CREATE OR REPLACE FUNCTION t_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO t (id, total) VALUES (NEW.id, 0);
          RETURN NEW;
        END $$;
        """).expect();
  }

  @Test
  void positiveColumnOfAnEarlierReleaseWithoutBase() {
    Fixture.repo().file("db/V1__a.sql", V1)
        .file("db/V2__b.sql", "ALTER TABLE t ADD COLUMN tier text NOT NULL; -- expect: add-required-column \"Adds `t.tier`\"")
        .expect();
  }

  @Test
  void negativeWithDefaultNullableOrIdentity() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ADD COLUMN a text NOT NULL DEFAULT 'x';
        ALTER TABLE t ADD COLUMN b text;
        ALTER TABLE t ADD COLUMN c bigint GENERATED ALWAYS AS IDENTITY NOT NULL;
        ALTER TABLE t ADD COLUMN d bigserial NOT NULL;
        """).expect();
  }

  @Test
  void negativeDefaultSetLaterInTheSameRelease() {
    deployed()
        .file("db/V2__b.sql", "ALTER TABLE t ADD COLUMN tier text NOT NULL;")
        .file("db/V3__c.sql", "ALTER TABLE t ALTER COLUMN tier SET DEFAULT 'free';")
        .expect();
  }

  @Test
  void positiveAFunctionWritingAnotherTableStillBlocks() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ADD COLUMN total bigint NOT NULL; -- expect: add-required-column "Adds `t.total` as NOT NULL without a default. On a table"
        CREATE OR REPLACE FUNCTION t_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO audit (id, total) VALUES (NEW.id, 0);
          RETURN NEW;
        END $$;
        """).expect();
  }

  @Test
  void negativeTableCreatedInTheSameChange() {
    Fixture.repo().withBase().file("db/V1__a.sql", V1)
        .file("db/V2__b.sql", "ALTER TABLE t ADD COLUMN tier text NOT NULL;").expect();
  }
}
