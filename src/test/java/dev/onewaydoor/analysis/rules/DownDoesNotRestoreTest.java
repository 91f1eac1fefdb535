package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DownDoesNotRestoreTest {
  @Test
  void positiveDroppedColumnNotRecreated() {
    List<Finding> f = Fixture.repo()
        .file("migrations/0002_x.up.sql", "ALTER TABLE t DROP COLUMN fax;\nALTER TABLE t RENAME COLUMN a TO b;")
        .file("migrations/0002_x.down.sql", "ALTER TABLE t RENAME COLUMN b TO a;")
        .findings("down-does-not-restore");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("re-create column `t.fax`"));
    assertEquals(1, f.get(0).line());
  }

  @Test
  void positiveRenameNotReversedAndTableNotDropped() {
    List<Finding> f = Fixture.repo()
        .file("migrations/0002_x.up.sql", "CREATE TABLE audit (id int);\nALTER TABLE t RENAME COLUMN a TO b;")
        .file("migrations/0002_x.down.sql", "ALTER TABLE t RENAME COLUMN a TO b;")
        .findings("down-does-not-restore");
    assertEquals(2, f.size());
  }

  @Test
  void negativeFullInverse() {
    assertTrue(Fixture.repo()
        .file("migrations/0002_x.up.sql", "CREATE TABLE audit (id int);\nCREATE INDEX audit_id ON audit (id);\n"
            + "ALTER TABLE t ADD COLUMN c int;\nALTER TABLE t RENAME COLUMN a TO b;\nALTER TABLE t DROP COLUMN fax;")
        .file("migrations/0002_x.down.sql", "ALTER TABLE t ADD COLUMN fax text;\nALTER TABLE t RENAME COLUMN b TO a;\n"
            + "ALTER TABLE t DROP COLUMN c;\nDROP TABLE audit;")
        .findings("down-does-not-restore").isEmpty());
  }
}
