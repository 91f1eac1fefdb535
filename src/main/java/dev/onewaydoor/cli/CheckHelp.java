package dev.onewaydoor.cli;

/** The help text of {@code onewaydoor check}. */
public final class CheckHelp {
  public static final String TEXT = CheckOptions.USAGE;

  private CheckHelp() {}
}
