package dev.onewaydoor.references;

import static dev.onewaydoor.references.Scan.BOOKING_REF;
import static dev.onewaydoor.references.Scan.RESERVATIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SQL in string literals of each language, SQL files and MyBatis mappers. */
class SqlInCodeTest {
  @Test
  void javaStringsJoinedByPlusAreOneStatement() {
    assertEquals(List.of("src/main/java/Repo.java:3 certain"), Scan.tree().file("src/main/java/Repo.java",
        "class Repo {\n  String q = \"SELECT id, \"\n      + \"booking_ref \" +\n      \"FROM reservations WHERE id = ?\";\n}\n")
        .found(BOOKING_REF));
  }

  @Test
  void javaAndKotlinTextBlocks() {
    Scan s = Scan.tree().file("A.java", "var q = \"\"\"\n    SELECT booking_ref\n    FROM reservations\n    \"\"\";\n")
        .file("B.kt", "val q = \"\"\"\n  UPDATE reservations SET booking_ref = ?\n\"\"\".trimIndent()\n");
    assertEquals(List.of("A.java:2 certain", "B.kt:2 certain"), s.found(BOOKING_REF));
  }

  @Test
  void goPythonRubyRustCSharpAndJavaScript() {
    Scan s = Scan.tree()
        .file("store.go", "const q = `SELECT booking_ref\nFROM reservations`\n")
        .file("repo.py", "cur.execute(\"\"\"\n  SELECT booking_ref FROM reservations\n\"\"\")\n")
        .file("repo.rb", "rows = connection.select_all(<<~SQL)\n  SELECT booking_ref FROM reservations\nSQL\n")
        .file("repo.rs", "let q = r#\"SELECT \"booking_ref\" FROM reservations\"#;\n")
        .file("Repo.cs", "var q = @\"SELECT booking_ref\n  FROM reservations\";\n")
        .file("repo.ts", "const q = `SELECT booking_ref FROM reservations WHERE id = ${id}`;\n");
    assertEquals(List.of("Repo.cs:1 certain", "repo.py:2 certain", "repo.rb:2 certain", "repo.rs:1 certain",
        "repo.ts:1 certain", "store.go:1 certain"), s.found(BOOKING_REF));
  }

  @Test
  void sqlFilesOutsideMigrationsAndMyBatisMappers() {
    Scan s = Scan.tree()
        .file("db/views/active.sql", "CREATE VIEW active AS\nSELECT id, booking_ref\nFROM reservations;\n")
        .file("db/migration/V3__x.sql", "ALTER TABLE reservations DROP COLUMN booking_ref;")
        .file("src/main/resources/ReservationMapper.xml", "<mapper>\n  <select id=\"find\">\n"
            + "    SELECT booking_ref FROM reservations\n    <where><if test=\"x\">id = #{id}</if></where>\n"
            + "  </select>\n</mapper>\n");
    assertEquals(List.of("db/views/active.sql:2 certain", "src/main/resources/ReservationMapper.xml:3 certain"),
        s.found(BOOKING_REF));
  }

  @Test
  void sqlThatNamesAnotherTableIsOnlyPossible() {
    assertEquals(List.of("a.py:1 possible"),
        Scan.tree().file("a.py", "q = 'SELECT booking_ref FROM bookings'\n").found(BOOKING_REF));
  }

  @Test
  void sqlInAFileAboutTheTableButNotNamingItIsLikely() {
    assertEquals(List.of("a.py:2 likely"), Scan.tree().file("a.py",
        "TABLE = 'reservations'\nq = f'SELECT booking_ref FROM {TABLE}'\n").found(BOOKING_REF));
  }

  @Test
  void tableReferencesInQueries() {
    assertEquals(List.of("a.go:1 certain"), Scan.tree().file("a.go",
        "db.Query(\"SELECT id FROM reservations\")\nreservations := load()\n").found(RESERVATIONS));
  }

  @Test
  void qualifiedNamesTieTheColumnToItsTable() {
    assertEquals(List.of("Q.java:1 certain"), Scan.tree().file("Q.java",
        "dsl.select(RESERVATIONS.BOOKING_REF).fetch();\n").found(BOOKING_REF));
  }

  @Test
  void commentsAreNotReferences() {
    assertEquals(List.of(), Scan.tree().file("a.java", "// SELECT booking_ref FROM reservations\n/* booking_ref */\n")
        .file("b.py", "# booking_ref\n").file("c.sql", "-- booking_ref\nSELECT 1 FROM reservations;\n")
        .found(BOOKING_REF));
  }
}
