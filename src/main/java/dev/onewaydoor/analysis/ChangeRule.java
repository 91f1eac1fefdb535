package dev.onewaydoor.analysis;

/**
 * A rule about single statements of a release, whatever the rest of it does: a TRUNCATE, an
 * index built without CONCURRENTLY. The engine calls it for changes of type {@code T} only.
 */
public abstract non-sealed class ChangeRule<T extends SchemaChange> extends Rule {
  private final Class<T> type;

  protected ChangeRule(RuleInfo info, Class<T> type) {
    super(info);
    this.type = type;
  }

  /** The change type {@link #onChange} handles. */
  public final Class<T> changeType() {
    return type;
  }

  /** Called for each change of type {@code T} of a new migration, with the schema just before it. */
  public abstract void onChange(T change, ChangeContext ctx);

  /** Dispatches an untyped change the engine has matched against {@link #changeType()}. */
  final void dispatch(SchemaChange change, ChangeContext ctx) {
    onChange(type.cast(change), ctx);
  }
}
