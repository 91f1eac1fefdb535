package dev.onewaydoor.app;

/** Whether blocking findings are acknowledged, by whom and when; {@code note} explains a refusal. */
record Acknowledgment(boolean acknowledged, String by, String at, String note) {
  static final Acknowledgment NONE = new Acknowledgment(false, null, null, null);

  static Acknowledgment refused(String note) {
    return new Acknowledgment(false, null, null, note);
  }
}
