package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConstraintNotValidMissingTest {
  @Test
  void positive() {
    List<Finding> f = Fixture.repo().file("db/V2__c.sql",
        "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);")
        .findings("constraint-not-valid-missing");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("foreign key `orders_user_fk`"));
  }

  @Test
  void negativeNotValidOrUnique() {
    assertTrue(Fixture.repo().file("db/V2__c.sql",
        "ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;\n"
            + "ALTER TABLE orders VALIDATE CONSTRAINT fk;\n"
            + "ALTER TABLE orders ADD CONSTRAINT u UNIQUE (code);").findings("constraint-not-valid-missing").isEmpty());
  }
}
