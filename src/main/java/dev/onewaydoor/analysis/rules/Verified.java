package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Subject;
import java.util.List;

/**
 * Builds the findings of the rules that verification on a real database reports
 * ({@code dev.onewaydoor.verify}): the static engine never reports them, they only carry the
 * rule's metadata and wording. Each message ends with the database it was observed on.
 */
public final class Verified {
  private static final RuleInfo DOWN_DOES_NOT_RESTORE = new DownDoesNotRestore().info();

  private Verified() {}

  /**
   * {@code down-does-not-restore} as observed: after up and down, the schema differs from the
   * one before the up in {@code differences} (each expected vs found). It replaces the static
   * finding of the same rule for that history.
   */
  public static Finding downDoesNotRestore(Source at, String downFile, String differences, Subject subject,
      String verifiedOn) {
    return finding(DOWN_DOES_NOT_RESTORE, at, "After up and down (" + downFile + "), the schema is not the one the"
        + " previous release ran on: " + differences + ".", subject, verifiedOn);
  }

  static Finding finding(RuleInfo info, Source at, String message, Subject subject, String verifiedOn) {
    String text = verifiedOn.isEmpty() ? message : message + " (verified on " + verifiedOn + ")";
    return new Finding(info.id(), info.category(), info.severity(), info.blocking(), at, text, info.help(), subject,
        List.of(at), verifiedOn);
  }

  /** {@code 42703 column "x" does not exist}: the SQLSTATE first, as people search for it. */
  static String error(String sqlState, String message) {
    return sqlState == null || sqlState.isEmpty() ? message : sqlState + " " + message;
  }
}
