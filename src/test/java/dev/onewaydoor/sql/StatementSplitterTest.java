package dev.onewaydoor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {
  private static List<Statement> pg(String sql) {
    return StatementSplitter.split(sql, Dialect.POSTGRESQL);
  }

  @Test
  void semicolonsInsideStringsIdentifiersAndCommentsDoNotSplit() {
    List<Statement> s = pg("INSERT INTO t VALUES ('a;b', E'it\\'s;', \"we;ird\"); -- c;d\n/* x; /* nested; */ y; */ SELECT 2;");
    assertEquals(2, s.size());
    assertEquals("SELECT 2", s.get(1).text());
  }

  @Test
  void dollarQuotedBodiesStayWhole() {
    List<Statement> s = pg("CREATE FUNCTION f() RETURNS void AS $body$ BEGIN DELETE FROM t; END; $body$ LANGUAGE plpgsql;\n"
        + "DO $$ BEGIN PERFORM 1; END $$;");
    assertEquals(2, s.size());
    assertEquals(2, s.get(1).line());
  }

  @Test
  void psqlMetaCommandsAreNotStatements() {
    List<Statement> s = pg("\\set ON_ERROR_STOP on\nCREATE TABLE t (id int);\n\\connect other\nSELECT 1;");
    assertEquals(2, s.size());
    assertEquals("CREATE TABLE t (id int)", s.get(0).text());
  }

  @Test
  void mysqlDelimiterChangesTheTerminator() {
    List<Statement> s = StatementSplitter.split("DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END//\n"
        + "DELIMITER ;\nDROP TABLE t;", Dialect.MYSQL);
    assertEquals(2, s.size());
    assertTrue(s.get(0).text().endsWith("END"));
    assertEquals("DROP TABLE t", s.get(1).text());
    assertEquals(4, s.get(1).line());
  }

  @Test
  void mysqlHashCommentsAndBackticks() {
    List<Statement> s = StatementSplitter.split("# note; here\nALTER TABLE `a;b` DROP `c`;", Dialect.MYSQL);
    assertEquals(1, s.size());
    assertEquals("a;b", s.get(0).tokens().get(2).identifier());
  }

  @Test
  void beginAtomicBodyIsOneStatement() {
    List<Statement> s = pg("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 1 END; END;\nSELECT 3;");
    assertEquals(2, s.size());
  }

  @Test
  void unterminatedConstructsAreMarked() {
    assertNotNull(pg("SELECT 'abc").get(0).unterminated());
    assertNotNull(pg("SELECT $$abc").get(0).unterminated());
    assertNotNull(pg("SELECT \"abc").get(0).unterminated());
    assertNotNull(pg("SELECT 1 /* abc").get(0).unterminated());
    assertNull(pg("SELECT 'ab''c'").get(0).unterminated());
  }

  @Test
  void positionsAreOneBasedAndSurviveCrlf() {
    List<Statement> s = pg("SELECT 1;\r\n\r\n  DROP TABLE t;\r\n");
    assertEquals(3, s.get(1).line());
    assertEquals(3, s.get(1).column());
  }

  @Test
  void leadingCommentsAttachToTheNextStatement() {
    List<Statement> s = pg("SELECT 1; -- trailing\n-- onewaydoor:ignore drop-table -- why\nDROP TABLE t;");
    assertEquals(1, s.get(1).leadingComments().size());
    assertTrue(s.get(1).leadingComments().get(0).text().contains("onewaydoor:ignore"));
  }
}
