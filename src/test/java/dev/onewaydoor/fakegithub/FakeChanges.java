package dev.onewaydoor.fakegithub;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What GitHub says about the difference of two commits, with its limits: the PR files list
 * stops at 3,000 files, the compare API at 300 (and neither says so), and no {@code patch} is
 * given for a file whose diff is over a megabyte. Reviews are checked against the diff of
 * the commit they name, and rejected whole (422) for a line outside it.
 */
final class FakeChanges {
  static final int PR_FILES_CAP = 3000;
  static final int COMPARE_CAP = 300;
  static final int PATCH_CAP = 1 << 20;

  private FakeChanges() {}

  /** Every changed file from {@code base} to {@code head}, by path. */
  static List<Map<String, Object>> diff(FakeRepo repo, String base, String head) {
    Map<String, byte[]> before = repo.files(base);
    Map<String, byte[]> after = repo.files(head);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : new java.util.TreeMap<>(after).entrySet()) {
      byte[] old = before.get(f.getKey());
      if (old != null && Arrays.equals(old, f.getValue())) continue;
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("sha", FakeRepo.sha(f.getValue()));
      file.put("filename", f.getKey());
      file.put("status", old == null ? "added" : "modified");
      if (f.getValue().length + (old == null ? 0 : old.length) <= PATCH_CAP) {
        file.put("patch", Patches.of(text(old), new String(f.getValue(), StandardCharsets.UTF_8)));
      }
      out.add(file);
    }
    for (String path : new java.util.TreeSet<>(before.keySet())) {
      if (!after.containsKey(path)) {
        out.add(Map.of("filename", path, "status", "removed", "sha", FakeRepo.sha(before.get(path))));
      }
    }
    return out;
  }

  static FakeRoutes.Reply prFiles(FakeRepo repo, FakeRepo.Pr pr) {
    List<Map<String, Object>> all = diff(repo, pr.baseSha, pr.headSha);
    return FakeRoutes.Reply.json(200, all.subList(0, Math.min(all.size(), PR_FILES_CAP)));
  }

  static FakeRoutes.Reply compare(FakeRepo repo, String base, String head) {
    if (repo.files(base) == null || repo.files(head) == null) return FakeRoutes.Reply.json(404, Map.of("message", "Not Found"));
    List<Map<String, Object>> all = diff(repo, base, head);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ahead");
    body.put("merge_base_commit", Map.of("sha", base));
    body.put("total_commits", 1);
    body.put("commits", List.of(Map.of("sha", head)));
    body.put("files", all.subList(0, Math.min(all.size(), COMPARE_CAP)));
    return FakeRoutes.Reply.json(200, body);
  }

  /** Null when every comment is on a line of the named commit's diff, else GitHub's 422. */
  static FakeRoutes.Reply rejectReview(FakeRepo repo, FakeRepo.Pr pr, JsonNode body) {
    String commit = body.path("commit_id").asText(pr.headSha);
    Map<String, byte[]> head = repo.files(commit);
    if (head == null) return FakeRoutes.Reply.json(422, Map.of("message", "Unprocessable Entity: commit_id is not part of the pull request"));
    Map<String, byte[]> base = repo.files(pr.baseSha);
    for (JsonNode c : body.path("comments")) {
      String path = c.get("path").asText();
      byte[] after = head.get(path);
      if (after == null) return FakeRoutes.Reply.json(422, Map.of("message", "Unprocessable Entity: path not in diff"));
      Set<Integer> lines = Patches.newLines(text(base.get(path)), new String(after, StandardCharsets.UTF_8));
      int line = c.get("line").asInt();
      int start = c.path("start_line").asInt(line);
      if (start > line) {
        return FakeRoutes.Reply.json(422, Map.of("message", "Unprocessable Entity: start_line must precede line"));
      }
      // A multi-line comment must lie in one hunk: every line from start_line to line shown.
      for (int l = start; l <= line; l++) {
        if (!lines.contains(l)) {
          return FakeRoutes.Reply.json(422, Map.of("message", "Unprocessable Entity: "
              + (l == line ? "line" : "start_line") + " must be part of the same hunk of the diff"));
        }
      }
    }
    return null;
  }

  private static String text(byte[] b) {
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }
}
