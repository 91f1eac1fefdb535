package dev.onewaydoor.analysis;

/** What a {@link ChangeRule} may know while looking at one change of a release. */
public final class ChangeContext extends RuleContext {
  private final SchemaModel schema;
  private final Journal journal;
  private Migration migration;

  /** One context per rule and release: the engine moves it from migration to migration. */
  ChangeContext(Rule rule, Reporter reporter, String dialect, SchemaModel schema, Journal journal) {
    super(rule, reporter, dialect);
    this.schema = schema;
    this.journal = journal;
  }

  void enter(Migration m) {
    this.migration = m;
  }

  /** The schema just before this change. */
  public SchemaModel schema() {
    return schema;
  }

  /**
   * True when {@code table} was created in this release (under this name or another) or is
   * temporary: no released code uses it yet.
   */
  public boolean isNewTable(String table) {
    SchemaTable t = schema.table(table);
    return t != null && (t.temporary() || journal.has(Journal.Kind.CREATE_TABLE, t.id()));
  }

  public Migration migration() {
    return migration;
  }
}
