package dev.onewaydoor.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import dev.onewaydoor.testing.SharedVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SQL comes from strangers: on the real embedded PostgreSQL, each way out of the scratch
 * database fails and is reported, trusted extensions still install, and the server itself is
 * reachable from loopback only, with a password, and keeps its data private.
 */
@ExtendWith(SharedVerifier.class)
class SecurityTest {
  private static Fixture.Verified run(Verifier v, String sql) {
    return Fixture.repo().applied("db/migration/V1__t.sql", "CREATE TABLE t (id int PRIMARY KEY, a text);\n")
        .file("db/migration/V2__x.sql", sql + "\n").verify(v);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "COPY (SELECT 1) TO PROGRAM 'id > /tmp/owned'",
      "COPY t FROM '/etc/passwd'",
      "SELECT pg_read_file('/etc/passwd')",
      "SELECT lo_import('/etc/passwd')",
      "CREATE EXTENSION plpython3u",
      "CREATE LANGUAGE plperlu",
      "CREATE ROLE intruder SUPERUSER LOGIN PASSWORD 'x'",
      "ALTER ROLE CURRENT_USER SUPERUSER",
      "SET ROLE postgres",
      "ALTER SYSTEM SET archive_command = 'curl evil'",
      "CREATE EXTENSION dblink",
      "CREATE EXTENSION postgres_fdw",
      "CREATE DATABASE other"})
  void escapeFailsAndIsReported(String sql, Verifier v) {
    Fixture.Verified r = run(v, sql);
    List<Finding> f = r.findings("up-fails");
    assertEquals(1, f.size(), sql + "\n" + r.summary());
    assertTrue(f.get(0).message().contains("42501"), f.get(0).message());
    assertEquals(sql, f.get(0).statement());
  }

  @Test
  void trustedExtensionsStillInstall(Verifier v) {
    Fixture.Verified r = run(v, "CREATE EXTENSION pgcrypto;\nCREATE EXTENSION ltree;\nCREATE EXTENSION pg_trgm;\n"
        + "ALTER TABLE t ADD COLUMN token text DEFAULT encode(gen_random_bytes(8), 'hex');");
    assertTrue(r.findings("up-fails").isEmpty(), r.summary());
  }

  @Test
  void serverListensOnLoopbackOnlyWithPasswordsAndAPrivateDataDirectory(Verifier v) throws Exception {
    PostgresServer pg = (PostgresServer) v.postgres();
    assertEquals("localhost", setting(pg, "listen_addresses"));
    assertEquals("", setting(pg, "unix_socket_directories"));
    for (List<String> rule : pg.inspect("SELECT type, auth_method FROM pg_hba_file_rules")) {
      assertEquals("scram-sha-256", rule.get(1), "no trust rule in pg_hba.conf: " + rule);
    }
    Path data = Path.of(setting(pg, "data_directory"));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    String url = "jdbc:postgresql://127.0.0.1:" + pg.port() + "/postgres";
    SQLException none = assertThrows(SQLException.class, () -> DriverManager.getConnection(url + "?user=postgres"));
    assertTrue(none.getMessage().contains("SCRAM"), none.getMessage());
    SQLException wrong = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "postgres", "postgres"));
    assertEquals("28P01", wrong.getSQLState());
  }

  @Test
  void nothingIsLeftOnTheServerAfterARun(Verifier v) throws Exception {
    run(v, "ALTER TABLE t ADD COLUMN b int;");
    PostgresServer pg = (PostgresServer) v.postgres();
    // Only cached templates stay: nobody can connect to them, and their roles cannot log in.
    assertEquals(List.of(), pg.inspect("SELECT datname FROM pg_database WHERE datname LIKE 'owd\\_%' AND datallowconn"));
    assertEquals(List.of(), pg.inspect("SELECT rolname FROM pg_roles WHERE rolname LIKE 'owd\\_%' AND rolcanlogin"));
    assertEquals(List.of(), pg.inspect("SELECT rolname FROM pg_roles WHERE rolname = 'intruder'"));
  }

  private static String setting(PostgresServer pg, String name) throws SQLException {
    return pg.inspect("SELECT current_setting('" + name + "')").get(0).get(0);
  }
}
