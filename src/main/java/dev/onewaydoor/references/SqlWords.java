package dev.onewaydoor.references;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a piece of text reads as SQL (or JPQL/HQL): a statement verb and a clause word,
 * such as SELECT … FROM, INSERT INTO, UPDATE … SET, DELETE FROM. Run only on the strings and
 * statements around a match, never on whole files.
 */
final class SqlWords {
  private static final Set<String> VERBS = Set.of("select", "insert", "update", "delete", "merge", "upsert",
      "with", "create", "alter", "replace", "returning");
  private static final Set<String> CLAUSES = Set.of("from", "into", "set", "where", "join", "table", "values",
      "returning", "on", "group", "order", "view", "conflict");

  private SqlWords() {}

  static boolean looksLikeSql(byte[] b, int from, int to) {
    boolean verb = false;
    boolean clause = false;
    int i = from;
    while (i < to) {
      if (!isLetter(b[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < to && Bytes.isIdent(b[i])) i++;
      int len = i - start;
      if (len < 2 || len > 9) continue;
      String word = new String(b, start, len, java.nio.charset.StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
      verb |= VERBS.contains(word);
      clause |= CLAUSES.contains(word);
      if (verb && clause) return true;
    }
    return false;
  }

  private static boolean isLetter(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
