package dev.onewaydoor.analysis;

/** Why a finding matters: the five kinds of one-way door and operational risk. */
public enum Category {
  DATA_LOSS("data-loss", "data loss"),
  BREAKS_PREVIOUS_VERSION("breaks-previous-version", "breaks the previous app version"),
  ROLLBACK_PATH("rollback-path", "rollback path"),
  HISTORY_INTEGRITY("history-integrity", "history integrity"),
  OPERATIONAL_SAFETY("operational-safety", "operational safety");

  private final String id;
  private final String title;

  Category(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The stable identifier used in JSON and SARIF output. */
  public String id() {
    return id;
  }

  /** The words a person reads. */
  public String title() {
    return title;
  }
}
