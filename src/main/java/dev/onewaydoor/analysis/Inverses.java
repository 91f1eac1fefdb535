package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.SchemaChange.*;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The inverse of each change in the IR: what a down script must do to undo it. Data changes
 * (TRUNCATE, DELETE, UPDATE) have no inverse that restores rows, so they expect nothing here;
 * the data-loss rules report them.
 */
public final class Inverses {
  /** What the down must do, in words, and a test for a down change that does it. */
  public record Expectation(String description, Predicate<SchemaChange> undoneBy) {}

  private Inverses() {}

  /**
   * Returns what undoes {@code up}, or null when there is nothing a down script could undo.
   * {@code createdByUp} are the tables the same up script creates: dropping one of them in
   * the down undoes everything the up did to it.
   */
  public static Expectation of(SchemaChange up, Set<String> createdByUp) {
    if (up instanceof CreateTable c) {
      return new Expectation("drop table `" + c.table() + "` created here", d -> d instanceof DropTable x && x.table().equals(c.table()));
    }
    if (up instanceof DropTable c) {
      return new Expectation("re-create table `" + c.table() + "` dropped here",
          d -> d instanceof CreateTable x && x.table().equals(c.table()));
    }
    if (up instanceof RenameTable c) {
      return new Expectation("rename table `" + c.to() + "` back to `" + c.from() + "`",
          d -> d instanceof SchemaChange.RenameTable x && x.from().equals(c.to()) && x.to().equals(c.from()));
    }
    if (up instanceof AddColumn c) {
      return onTable(c.table(), createdByUp, "drop column `" + c.table() + "." + c.column().name() + "` added here",
          d -> d instanceof DropColumn x && x.table().equals(c.table()) && x.column().equals(c.column().name()));
    }
    if (up instanceof DropColumn c) {
      return new Expectation("re-create column `" + c.table() + "." + c.column() + "` dropped here",
          d -> (d instanceof AddColumn x && x.table().equals(c.table()) && x.column().name().equals(c.column()))
              || (d instanceof CreateTable y && y.table().equals(c.table())));
    }
    if (up instanceof RenameColumn c) {
      return new Expectation("rename `" + c.table() + "." + c.to() + "` back to `" + c.from() + "`",
          d -> d instanceof SchemaChange.RenameColumn x && x.table().equals(c.table()) && x.from().equals(c.to())
              && x.to().equals(c.from()));
    }
    if (up instanceof AlterColumnType c) {
      return onTable(c.table(), createdByUp, "change the type of `" + c.table() + "." + c.column() + "` back",
          d -> d instanceof AlterColumnType x && x.table().equals(c.table()) && x.column().equals(c.column()));
    }
    if (up instanceof SetNotNull c) {
      return onTable(c.table(), createdByUp, "drop NOT NULL on `" + c.table() + "." + c.column() + "`",
          d -> d instanceof DropNotNull x && x.table().equals(c.table()) && x.column().equals(c.column()));
    }
    if (up instanceof AddConstraint c && c.name() != null) {
      return onTable(c.table(), createdByUp, "drop constraint `" + c.name() + "`",
          d -> d instanceof DropConstraint x && x.name().equals(c.name()));
    }
    if (up instanceof CreateIndex c && c.name() != null) {
      return onTable(c.table(), createdByUp, "drop index `" + c.name() + "`",
          d -> d instanceof DropIndex x && x.name().equals(c.name()));
    }
    return null;
  }

  private static Expectation onTable(String table, Set<String> createdByUp, String description,
      Predicate<SchemaChange> undoneBy) {
    if (createdByUp.contains(table)) {
      return new Expectation(description, undoneBy.or(d -> d instanceof DropTable x && x.table().equals(table)));
    }
    return new Expectation(description, undoneBy);
  }
}
