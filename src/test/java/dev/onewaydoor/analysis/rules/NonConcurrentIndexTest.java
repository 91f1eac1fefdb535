package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code non-concurrent-index}: a PostgreSQL index built without CONCURRENTLY on a table released code writes. */
class NonConcurrentIndexTest {
  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE users (id int, email text);");
  }

  @Test
  void positive() {
    deployed().file("db/V2__i.sql", """
        CREATE UNIQUE INDEX users_email ON users (lower(email)); -- expect-warning: non-concurrent-index "Builds index `users_email` on `users` without CONCURRENTLY"
        """).expect();
  }

  @Test
  void positiveUnnamedIndexOfATableNoMigrationMade() {
    Fixture.repo().file("db/V2__i.sql", """
        CREATE INDEX ON orders (created_at); -- expect-warning: non-concurrent-index "Builds an index on `orders` without CONCURRENTLY"
        """).expect();
  }

  @Test
  void positiveTableOfAnEarlierReleaseWithoutBase() {
    Fixture.repo().file("db/V1__a.sql", "CREATE TABLE users (id int, email text);")
        .file("db/V2__i.sql", "CREATE INDEX ix ON users (email); -- expect-warning: non-concurrent-index \"Builds index `ix` on `users`\"")
        .expect();
  }

  @Test
  void negativeConcurrent() {
    deployed().file("db/V2__i.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON users (email);").expect();
  }

  @Test
  void negativeNewTable() {
    Fixture.repo().file("db/V2__i.sql", "CREATE TABLE t (a int);\nCREATE INDEX ix ON t (a);").expect();
  }

  @Test
  void negativeTableCreatedInAnotherMigrationOfTheRelease() {
    deployed()
        .file("db/V2__t.sql", "CREATE TABLE t (a int);")
        .file("db/V3__i.sql", "CREATE INDEX ix ON t (a);")
        .expect();
  }

  @Test
  void negativeH2() {
    Fixture.repo().applied("db/h2/V1__a.sql", "CREATE TABLE users (id int, email varchar(255));")
        .file("db/h2/V2__i.sql", "CREATE INDEX ix ON users (email);").expect();
  }

  @Test
  void negativeCockroachDbBuildsIndexesOnline() {
    Fixture.repo().applied("db/cockroach/V1__a.sql", "CREATE TABLE users (id int, email text);")
        .file("db/cockroach/V2__i.sql", "CREATE INDEX ix ON users (email);").expect();
  }

  @Test
  void negativeMySql() {
    Fixture.repo().file("db/V2__i.sql", "CREATE INDEX ix ON `users` (email);").expect();
    Fixture.repo().applied("db/mysql/V1__a.sql", "CREATE TABLE users (id int, email varchar(255));")
        .file("db/mysql/V2__i.sql", "CREATE INDEX ix ON users (email);").expect();
  }
}
