package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.ChangeRule;
import dev.onewaydoor.analysis.Dialects;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;
/** {@code non-concurrent-index}: CREATE INDEX without CONCURRENTLY blocks writes on PostgreSQL. */
public final class NonConcurrentIndex extends ChangeRule<SchemaChange.CreateIndex> {
  public NonConcurrentIndex() {
    super(new RuleInfo("non-concurrent-index", Category.OPERATIONAL_SAFETY, Severity.WARNING, false,
        "Creating an index without CONCURRENTLY blocks writes to the table while it builds",
        "Use CREATE INDEX CONCURRENTLY, outside a transaction."), SchemaChange.CreateIndex.class);
  }

  @Override
  public void onChange(SchemaChange.CreateIndex c, ChangeContext ctx) {
    if (c.concurrent()) return;
    // PostgreSQL only: CockroachDB builds indexes online anyway, MySQL's InnoDB mostly too.
    if (!Dialects.POSTGRESQL.equals(ctx.dialect()) || ctx.isNewTable(c.table())) return;
    ctx.report(c.source(), "Builds " + (c.name() == null ? "an index" : "index " + Names.q(c.name())) + " on "
        + Names.q(c.table()) + " without CONCURRENTLY: inserts, updates and deletes wait until the build "
        + "finishes, which on a large table is minutes of downtime.");
  }
}
