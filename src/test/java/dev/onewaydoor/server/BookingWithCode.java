package dev.onewaydoor.server;

import dev.onewaydoor.fakegithub.FakeRepo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The booking pull request with the service's code: at the base the repository class selects
 * {@code booking_ref} and {@code fax_number}; at the head it was moved to
 * {@code confirmation_code}, but the partner API still selects {@code booking_ref}. The rename
 * spans two lines, so its suggested change does too.
 */
final class BookingWithCode {
  static final String V2_PATH = BookingScenario.V2_PATH;
  static final String REPOSITORY = "src/main/java/com/example/booking/ReservationRepository.java";
  static final String PARTNER = "src/main/java/com/example/booking/partner/PartnerApi.java";
  static final String V2 = String.join("\n",
      "-- Release 2.0: confirmation codes replace booking references.",
      "ALTER TABLE reservations ADD COLUMN guest_email varchar(320);",
      "ALTER TABLE reservations ADD COLUMN loyalty_tier varchar(10) NOT NULL;",
      "",
      "ALTER TABLE reservations RENAME COLUMN booking_ref",
      "  TO confirmation_code;",
      "",
      "ALTER TABLE reservations DROP COLUMN fax_number;", "");
  static final String REPOSITORY_AT_BASE = String.join("\n",
      "package com.example.booking;",
      "",
      "final class ReservationRepository {",
      "  static final String FIND = \"SELECT id, booking_ref, fax_number FROM reservations WHERE id = ?\";",
      "}", "");
  static final String REPOSITORY_AT_HEAD = String.join("\n",
      "package com.example.booking;",
      "",
      "final class ReservationRepository {",
      "  static final String FIND = \"SELECT id, confirmation_code FROM reservations WHERE id = ?\";",
      "}", "");
  static final String PARTNER_API = String.join("\n",
      "package com.example.booking.partner;",
      "",
      "final class PartnerApi {",
      "  static final String GUEST = \"SELECT guest_name FROM reservations WHERE booking_ref = ?\";",
      "}", "");

  final FakeRepo repo;
  final String base;
  final String head;
  final FakeRepo.Pr pr;

  /** {@code extraHeadFiles} are added to the head commit only. */
  BookingWithCode(AppHarness h, Map<String, String> extraHeadFiles) {
    repo = h.github.repo(AppHarness.REPO);
    Map<String, String> baseFiles = new LinkedHashMap<>(Map.of("README.md", "# booking\n",
        BookingScenario.V1_PATH, BookingScenario.V1, REPOSITORY, REPOSITORY_AT_BASE, PARTNER, PARTNER_API));
    base = repo.commit(baseFiles);
    Map<String, String> headFiles = new LinkedHashMap<>(baseFiles);
    headFiles.put(V2_PATH, V2);
    headFiles.put(REPOSITORY, REPOSITORY_AT_HEAD);
    headFiles.putAll(extraHeadFiles);
    head = repo.commit(headFiles);
    pr = repo.openPr(7, base, head);
  }

  Object opened(AppHarness h) throws Exception {
    return h.pullRequestEvent("pull_request.opened", pr.number, pr.baseSha, pr.headSha, List.of(), "dev");
  }

  /** The review's inline comments, each a map of GitHub's fields. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> comments() {
    return (List<Map<String, Object>>) repo.reviews.get(repo.reviews.size() - 1).get("comments");
  }

  /** The comment on {@code line} (its last line). */
  Map<String, Object> commentEndingAt(int line) {
    for (Map<String, Object> c : comments()) if (((Number) c.get("line")).intValue() == line) return c;
    throw new AssertionError("no comment ending at line " + line + ": " + comments());
  }

  private static final Pattern SUGGESTION = Pattern.compile("(`{3,})suggestion\n(.*?)\n\\1", Pattern.DOTALL);

  /** The text of a comment's suggested change, or null. */
  static String suggestion(Map<String, Object> comment) {
    Matcher m = SUGGESTION.matcher((String) comment.get("body"));
    return m.find() ? m.group(2) : null;
  }

  /** {@code text} with every comment's suggestion applied, as GitHub applies them: lines start_line…line replaced. */
  static String apply(String text, List<Map<String, Object>> comments) {
    List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
    List<Map<String, Object>> bottomUp = new java.util.ArrayList<>(comments);
    bottomUp.sort((a, b) -> Integer.compare(((Number) b.get("line")).intValue(), ((Number) a.get("line")).intValue()));
    for (Map<String, Object> c : bottomUp) {
      String s = suggestion(c);
      if (s == null) continue;
      int end = ((Number) c.get("line")).intValue();
      int start = c.containsKey("start_line") ? ((Number) c.get("start_line")).intValue() : end;
      for (int i = end; i >= start; i--) lines.remove(i - 1);
      lines.addAll(start - 1, List.of(s.split("\n", -1)));
    }
    return String.join("\n", lines);
  }
}
