package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

class DownDoesNotRestoreTest {
  private static Fixture base() {
    return Fixture.repo().withBase()
        .applied("migrations/0001_init.up.sql", "CREATE TABLE t (id int, a int NOT NULL DEFAULT 0, fax text, b bytea);")
        .applied("migrations/0001_init.down.sql", "DROP TABLE t;");
  }

  @Test
  void positiveDroppedColumnNotRecreatedPointsAtTheDrop() {
    base().file("migrations/0002_x.up.sql", """
            ALTER TABLE t RENAME COLUMN a TO c; -- expect: rename-column "Renames `t.a` to `c`"
            ALTER TABLE t DROP COLUMN fax; -- expect: drop-column "Drops column `t.fax`"  expect: down-does-not-restore "After migrations/0002_x.down.sql runs, column `t.fax` is missing"
            """)
        .file("migrations/0002_x.down.sql", "ALTER TABLE t RENAME COLUMN c TO a;")
        .expect();
  }

  @Test
  void positiveRenameNotReversedTypeNotRestoredAndDefaultLost() {
    base().file("migrations/0002_x.up.sql", """
            ALTER TABLE t RENAME COLUMN fax TO phone; -- expect: down-does-not-restore "After migrations/0002_x.down.sql runs, column `t.fax` is still named `phone`"
            ALTER TABLE t ALTER COLUMN b TYPE text; -- expect: down-does-not-restore "After migrations/0002_x.down.sql runs, `t.b` is text instead of bytea"
            ALTER TABLE t ALTER COLUMN a DROP DEFAULT; -- expect: down-does-not-restore "After migrations/0002_x.down.sql runs, `t.a` is no default instead of DEFAULT 0"
            """)
        .file("migrations/0002_x.down.sql", "SELECT 1;")
        .expect("down-does-not-restore");
  }

  @Test
  void positiveLeftoversThePreviousReleaseCannotNoticeAreOneWarning() {
    base().file("migrations/0002_x.up.sql", """
            CREATE TABLE audit (id int); -- expect-warning: down-does-not-restore "After migrations/0002_x.down.sql runs, the schema still differs in ways the previous release does not notice: table `audit` is left behind; index `t_fax` is left behind"
            CREATE INDEX CONCURRENTLY t_fax ON t (fax);
            """)
        .file("migrations/0002_x.down.sql", "SELECT 1;")
        .expect();
  }

  @Test
  void negativeFullInverseInAnotherOrder() {
    base().file("migrations/0002_x.up.sql", """
            CREATE TABLE audit (id int);
            CREATE INDEX audit_id ON audit (id);
            ALTER TABLE t ADD COLUMN c int;
            ALTER TABLE t RENAME COLUMN a TO z; -- expect: rename-column "Renames"
            ALTER TABLE t DROP COLUMN fax; -- expect: drop-column "Drops column `t.fax`"
            """)
        .file("migrations/0002_x.down.sql", """
            DROP TABLE audit;
            ALTER TABLE t DROP COLUMN c;
            ALTER TABLE t ADD COLUMN fax text;
            ALTER TABLE t RENAME COLUMN z TO a;
            """)
        .expect();
  }

  @Test
  void negativeTableRecreatedInsteadOfRenamedBack() {
    base().file("migrations/0002_x.up.sql", "ALTER TABLE t RENAME TO u; -- expect: rename-table \"Renames table `t` to `u`\"")
        .file("migrations/0002_x.down.sql", """
            DROP TABLE u;
            CREATE TABLE t (id int, a int NOT NULL DEFAULT 0, fax text, b bytea);
            """)
        .expect();
  }

  @Test
  void negativeWiderTypeLeftByTheDownOnlyWarns() {
    base().file("migrations/0002_x.up.sql", "ALTER TABLE t ALTER COLUMN fax TYPE varchar(20); -- expect: lossy-type-change \"Changes `t.fax` from text to varchar(20)\"")
        .file("migrations/0002_x.down.sql", "ALTER TABLE t ALTER COLUMN fax TYPE text;")
        .expect();
  }

  @Test
  void positivePopVersionGroupRollsBackAsOneStepLastDownFirst() {
    Fixture.repo()
        .file("sql/20200101000000000000_init.postgres.up.sql", "CREATE TABLE t (id int, a int);")
        .file("sql/20200101000000000000_init.postgres.down.sql", "DROP TABLE t;")
        .file("sql/20200102000000000000_split.postgres.up.sql",
            "ALTER TABLE t DROP COLUMN a; -- expect: drop-column \"Drops column `t.a`\"  expect: down-does-not-restore \"After sql/20200102000000000001_split.postgres.down.sql then sql/20200102000000000000_split.postgres.down.sql run, column `t.a` is missing\"")
        .file("sql/20200102000000000000_split.postgres.down.sql", "SELECT 1;")
        .file("sql/20200102000000000001_split.postgres.up.sql", "CREATE TABLE u (id int);")
        .file("sql/20200102000000000001_split.postgres.down.sql", "DROP TABLE u;")
        .expect();
  }
}
