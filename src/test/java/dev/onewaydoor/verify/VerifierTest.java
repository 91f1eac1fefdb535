package dev.onewaydoor.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import dev.onewaydoor.testing.SharedVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Verifier as the App uses it: a template per base, concurrent runs, a real server from DATABASE_URL. */
@ExtendWith(SharedVerifier.class)
class VerifierTest {
  private static Fixture change(String table, String migration) {
    return Fixture.repo().applied("db/migration/V1__init.sql", "CREATE TABLE " + table + " (id int PRIMARY KEY, ref text);\n")
        .file("db/migration/V2__x.sql", migration.replace("$T", table) + "\n");
  }

  @Test
  void concurrentRunsOnOneBaseBuildItsTemplateOnceAndShareNoDatabase(Verifier v) throws Exception {
    String table = "t" + System.nanoTime();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Fixture.Verified>> runs = new ArrayList<>();
      for (String m : List.of("ALTER TABLE $T RENAME COLUMN ref TO code;", "ALTER TABLE $T DROP COLUMN ref;")) {
        runs.add(pool.submit(() -> {
          go.await();
          return change(table, m).verify(v);
        }));
      }
      go.countDown();
      int built = 0;
      for (Future<Fixture.Verified> run : runs) {
        Fixture.Verified r = run.get(60, TimeUnit.SECONDS);
        List<Finding> f = r.findings("previous-release-breaks");
        assertEquals(1, f.size(), r.summary());
        assertTrue(f.get(0).message().contains("SELECT ref FROM " + table), f.get(0).message());
        if (r.summary().contains("kept as a template")) built++;
        else assertTrue(r.summary().contains("copied from the template cached for this base"), r.summary());
      }
      assertEquals(1, built, "one base, one template");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void realServerFromDatabaseUrlGetsOneScratchDatabasePerRunAlwaysDropped(Verifier shared) throws Exception {
    PostgresServer pg = (PostgresServer) shared.postgres();
    String user = "ci_user_" + System.nanoTime();
    pg.inspect("CREATE ROLE " + user + " LOGIN CREATEDB PASSWORD 'p@ss:word'");
    pg.inspect("GRANT CONNECT ON DATABASE postgres TO " + user);
    String url = "postgresql://" + user + ":p%40ss%3Aword@127.0.0.1:" + pg.port() + "/postgres";
    try (Verifier v = Verifier.fromEnv(Map.of("DATABASE_URL", url))) {
      Fixture.Verified r = change("accounts", "ALTER TABLE $T RENAME COLUMN ref TO code;").verify(v);
      List<Finding> f = r.findings("previous-release-breaks");
      assertEquals(1, f.size(), r.summary());
      assertEquals("PostgreSQL 17.7", f.get(0).verifiedOn());
      assertTrue(r.summary().startsWith("**Verified on PostgreSQL 17.7** (127.0.0.1:" + pg.port() + ")"), r.summary());
      assertEquals(List.of(), pg.inspect("SELECT datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba"
          + " WHERE r.rolname = '" + user + "' AND d.datallowconn"), "no scratch database left after the run");
    }
    assertEquals(List.of(), pg.inspect("SELECT datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba"
        + " WHERE r.rolname = '" + user + "'"), "its cached template is dropped when the verifier closes");
    pg.inspect("REVOKE CONNECT ON DATABASE postgres FROM " + user);
    pg.inspect("DROP ROLE " + user);
  }
}
