package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code constraint-not-valid-missing}: a foreign key or check added to a released PostgreSQL table without NOT VALID. */
class ConstraintNotValidMissingTest {
  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE users (id int PRIMARY KEY);\nCREATE TABLE orders (id int, user_id int, total int, code text);");
  }

  @Test
  void positive() {
    deployed().file("db/V2__c.sql", """
        ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id); -- expect-warning: constraint-not-valid-missing "Adds a foreign key `orders_user_fk` to `orders` and validates every existing row"
        """).expect();
  }

  @Test
  void positiveUnnamedForeignKeyOfATableNoMigrationMade() {
    Fixture.repo().file("db/V2__c.sql", """
        ALTER TABLE payments ADD FOREIGN KEY (user_id) REFERENCES users (id); -- expect-warning: constraint-not-valid-missing "Adds a foreign key to `payments`"
        """).expect();
  }

  @Test
  void positiveCheck() {
    deployed().file("db/V2__c.sql", """
        ALTER TABLE orders ADD CONSTRAINT total_positive CHECK (total > 0); -- expect-warning: constraint-not-valid-missing "Adds a check constraint `total_positive` to `orders`"
        """).expect();
  }

  @Test
  void negativeNotValidOrUnique() {
    deployed().file("db/V2__c.sql", """
        ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
        ALTER TABLE orders VALIDATE CONSTRAINT fk;
        ALTER TABLE orders ADD CONSTRAINT u UNIQUE (code);
        """).expect();
  }

  @Test
  void negativeTableCreatedInTheSameRelease() {
    deployed()
        .file("db/V2__t.sql", "CREATE TABLE refunds (id int, order_id int);")
        .file("db/V3__c.sql", "ALTER TABLE refunds ADD CONSTRAINT refunds_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);")
        .expect();
  }

  @Test
  void negativeMySql() {
    Fixture.repo().applied("db/mysql/V1__a.sql", "CREATE TABLE users (id int PRIMARY KEY);\nCREATE TABLE orders (id int, user_id int);")
        .file("db/mysql/V2__c.sql", "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);")
        .expect();
  }
}
