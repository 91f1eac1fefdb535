package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * Stable identities of findings across pushes: rule, file and statement text with
 * whitespace collapsed — not the line number, which moves when lines are added above.
 */
public final class Fingerprints {
  private Fingerprints() {}

  public static String of(Finding f) {
    String statement = f.statement().isEmpty() ? f.message() : f.statement().replaceAll("\\s+", " ").strip();
    return sha(f.rule() + '\0' + f.file() + '\0' + statement).substring(0, 16);
  }

  /** One fingerprint for a whole set of findings, order-independent. */
  public static String ofAll(Collection<Finding> findings) {
    TreeSet<String> sorted = new TreeSet<>();
    for (Finding f : findings) sorted.add(of(f) + ":" + f.line() + ":" + f.blocking());
    return sha(String.join(",", sorted)).substring(0, 16);
  }

  private static String sha(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
