package dev.onewaydoor.fakegithub;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The endpoints the App uses, answering from {@link FakeRepo} state the way GitHub does. */
final class FakeRoutes {
  record Reply(int status, byte[] body, String contentType, Map<String, String> headers) {
    static Reply json(int status, Object value) {
      try {
        return new Reply(status, FakeGitHub.JSON.writeValueAsBytes(value), "application/json; charset=utf-8", Map.of());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    static Reply raw(byte[] bytes) {
      return new Reply(200, bytes, "application/vnd.github.raw", Map.of());
    }

    static Reply redirect(String location) {
      return new Reply(302, new byte[0], "text/html", Map.of("Location", location));
    }
  }

  private static final Pattern REPO = Pattern.compile("^/repos/([^/]+/[^/]+)(/.*)?$");
  private final FakeGitHub gh;
  private final AtomicLong ids = new AtomicLong(1000);

  FakeRoutes(FakeGitHub gh) {
    this.gh = gh;
  }

  Reply route(String method, String path, Map<String, String> q, JsonNode body, String accept) {
    Matcher m;
    if ((m = match("^/app/installations/(\\d+)/access_tokens$", path)) != null && method.equals("POST")) {
      String token = "ghs_" + UUID.randomUUID().toString().replace("-", "") + ".fake";
      gh.tokens.add(token);
      return Reply.json(201, Map.of("token", token, "expires_at", Instant.now().plusSeconds(3600).toString()));
    }
    if (path.equals("/app/hook/deliveries") && method.equals("GET")) return Reply.json(200, gh.deliveries);
    if ((m = match("^/app/hook/deliveries/(\\d+)/attempts$", path)) != null && method.equals("POST")) {
      return Reply.json(202, Map.of());
    }
    if ((m = match("^/orgs/([^/]+)/teams/([^/]+)/memberships/([^/]+)$", path)) != null) {
      return gh.teamMembers.contains(m.group(1) + "/" + m.group(2) + ":" + m.group(3))
          ? Reply.json(200, Map.of("state", "active", "role", "member")) : Reply.json(404, Map.of("message", "Not Found"));
    }
    m = REPO.matcher(path);
    if (!m.matches()) return Reply.json(404, Map.of("message", "Not Found"));
    FakeRepo repo = gh.repos.get(m.group(1));
    if (repo == null) return Reply.json(404, Map.of("message", "Not Found"));
    return repoRoute(repo, method, m.group(2) == null ? "" : m.group(2), q, body);
  }

  private Reply repoRoute(FakeRepo repo, String method, String p, Map<String, String> q, JsonNode body) {
    Matcher m;
    synchronized (repo) {
      if ((m = match("^/pulls/(\\d+)$", p)) != null) return pr(repo, Integer.parseInt(m.group(1)));
      if (p.equals("/pulls") && method.equals("GET")) {
        List<Object> open = new ArrayList<>();
        for (FakeRepo.Pr pr : repo.prs.values()) if (pr.state.equals("open")) open.add(prJson(repo, pr));
        return Reply.json(200, open);
      }
      if ((m = match("^/pulls/(\\d+)/files$", p)) != null) {
        return FakeChanges.prFiles(repo, repo.prs.get(Integer.parseInt(m.group(1))));
      }
      if ((m = match("^/compare/([0-9a-f]+)\\.\\.\\.([0-9a-f]+)$", p)) != null) {
        return FakeChanges.compare(repo, m.group(1), m.group(2));
      }
      if ((m = match("^/tarball/([0-9a-f]+)$", p)) != null) {
        if (repo.files(m.group(1)) == null) return Reply.json(404, Map.of("message", "Not Found"));
        return Reply.redirect(gh.url() + "/_codeload/" + repo.fullName + "/tar.gz/" + m.group(1) + "?token=" + UUID.randomUUID());
      }
      if ((m = match("^/statuses/([0-9a-f]+)$", p)) != null && method.equals("POST")) {
        repo.statuses.add(m.group(1) + ":" + body.path("context").asText() + ":" + body.get("state").asText() + ":"
            + body.path("description").asText());
        return Reply.json(201, Map.of("id", ids.incrementAndGet(), "state", body.get("state").asText()));
      }
      if ((m = match("^/git/trees/([0-9a-f]+)$", p)) != null) return tree(repo, m.group(1));
      if ((m = match("^/git/blobs/([0-9a-f]+)$", p)) != null) {
        byte[] b = repo.blobs.get(m.group(1));
        return b == null ? Reply.json(404, Map.of("message", "Not Found")) : Reply.raw(b);
      }
      if ((m = match("^/contents/(.+)$", p)) != null) {
        Map<String, byte[]> files = repo.commits.get(q.get("ref"));
        byte[] b = files == null ? null : files.get(m.group(1));
        return b == null ? Reply.json(404, Map.of("message", "Not Found")) : Reply.raw(b);
      }
      if ((m = match("^/commits/([^/]+)/check-runs$", p)) != null && method.equals("GET")) {
        return checkRunsFor(repo, m.group(1), q);
      }
      if (p.equals("/check-runs") && method.equals("POST")) {
        if (!repo.checksWritable) return Reply.json(403, Map.of("message", "Resource not accessible by integration"));
        FakeRepo.CheckRun run = new FakeRepo.CheckRun(ids.incrementAndGet(), body.get("head_sha").asText());
        run.appId = gh.appIdNumber();
        run.name = body.get("name").asText();
        run.startedAt = body.path("started_at").asText(Instant.now().toString());
        repo.checkRuns.put(run.id, run);
        apply(run, body);
        return Reply.json(201, Map.of("id", run.id, "head_sha", run.headSha, "status", run.status));
      }
      if ((m = match("^/check-runs/(\\d+)$", p)) != null && method.equals("PATCH")) {
        FakeRepo.CheckRun run = repo.checkRuns.get(Long.parseLong(m.group(1)));
        if (run == null) return Reply.json(404, Map.of("message", "Not Found"));
        if (run.appSlug != null) return Reply.json(403, Map.of("message", "Resource not accessible by integration"));
        apply(run, body);
        return Reply.json(200, Map.of("id", run.id, "status", run.status));
      }
      if ((m = match("^/pulls/(\\d+)/reviews$", p)) != null) {
        if (method.equals("GET")) return Reply.json(200, repo.reviews);
        return createReview(repo, repo.prs.get(Integer.parseInt(m.group(1))), body);
      }
      if ((m = match("^/issues/(\\d+)/labels$", p)) != null && method.equals("POST")) {
        FakeRepo.Pr pr = repo.prs.get(Integer.parseInt(m.group(1)));
        for (JsonNode l : body.get("labels")) if (!pr.labels.contains(l.asText())) pr.labels.add(l.asText());
        return Reply.json(200, labels(pr));
      }
      if ((m = match("^/issues/(\\d+)/labels/(.+)$", p)) != null && method.equals("DELETE")) {
        FakeRepo.Pr pr = repo.prs.get(Integer.parseInt(m.group(1)));
        return pr.labels.remove(m.group(2)) ? Reply.json(200, labels(pr)) : Reply.json(404, Map.of("message", "Label does not exist"));
      }
      if ((m = match("^/issues/(\\d+)/events$", p)) != null) return Reply.json(200, repo.prs.get(Integer.parseInt(m.group(1))).events);
      if ((m = match("^/issues/(\\d+)/comments$", p)) != null && method.equals("POST")) {
        repo.comments.add(body.get("body").asText());
        return Reply.json(201, Map.of("id", ids.incrementAndGet(), "body", body.get("body").asText()));
      }
      if ((m = match("^/issues/comments/(\\d+)/reactions$", p)) != null) {
        repo.reactions.add(m.group(1) + ":" + body.get("content").asText());
        return Reply.json(201, Map.of("id", ids.incrementAndGet(), "content", body.get("content").asText()));
      }
      if ((m = match("^/collaborators/([^/]+)/permission$", p)) != null) return permission(repo, m.group(1));
      if ((m = match("^/labels/(.+)$", p)) != null) {
        return repo.repoLabels.contains(m.group(1)) ? Reply.json(200, Map.of("name", m.group(1)))
            : Reply.json(404, Map.of("message", "Not Found"));
      }
      if (p.equals("/labels") && method.equals("POST")) {
        repo.repoLabels.add(body.get("name").asText());
        return Reply.json(201, Map.of("name", body.get("name").asText()));
      }
    }
    return Reply.json(404, Map.of("message", "Not Found (fake)"));
  }

  private static Matcher match(String regex, String s) {
    Matcher m = Pattern.compile(regex).matcher(s);
    return m.matches() ? m : null;
  }

  private static Reply pr(FakeRepo repo, int number) {
    FakeRepo.Pr pr = repo.prs.get(number);
    return pr == null ? Reply.json(404, Map.of("message", "Not Found")) : Reply.json(200, prJson(repo, pr));
  }

  static Map<String, Object> prJson(FakeRepo repo, FakeRepo.Pr pr) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("number", pr.number);
    m.put("state", pr.state);
    m.put("head", Map.of("sha", pr.headSha, "ref", "feature"));
    m.put("base", Map.of("sha", pr.baseSha, "ref", pr.baseRef,
        "repo", Map.of("full_name", repo.fullName, "private", repo.isPrivate)));
    m.put("labels", labels(pr));
    return m;
  }

  private static List<Object> labels(FakeRepo.Pr pr) {
    List<Object> out = new ArrayList<>();
    for (String l : pr.labels) out.add(Map.of("name", l));
    return out;
  }

  /** Like GitHub: {@code permission} is the legacy level, {@code role_name} the role (triage and maintain included). */
  private static Reply permission(FakeRepo repo, String user) {
    String role = repo.permissions.getOrDefault(user, "read");
    if (role.equals("none")) return Reply.json(404, Map.of("message", "Not Found"));
    String legacy = role.equals("maintain") ? "write" : role.equals("triage") ? "read" : role;
    return Reply.json(200, Map.of("permission", legacy, "role_name", role, "user", Map.of("login", user)));
  }

  private static Reply tree(FakeRepo repo, String sha) {
    Map<String, byte[]> files = repo.commits.get(sha);
    if (files == null) return Reply.json(404, Map.of("message", "Not Found"));
    List<Object> entries = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      entries.add(Map.of("path", f.getKey(), "type", "blob", "mode", "100644", "sha", FakeRepo.sha(f.getValue()),
          "size", f.getValue().length));
    }
    return Reply.json(200, Map.of("sha", sha, "tree", entries, "truncated", false));
  }

  /** Like GitHub: every App's runs on the commit, filtered by name, status and App when asked. */
  private static Reply checkRunsFor(FakeRepo repo, String sha, Map<String, String> q) {
    List<Object> out = new ArrayList<>();
    for (FakeRepo.CheckRun r : repo.runsFor(sha)) {
      if (q.containsKey("check_name") && !q.get("check_name").equals(r.name)) continue;
      if (q.containsKey("status") && !q.get("status").equals(r.status)) continue;
      if (q.containsKey("app_id") && !q.get("app_id").equals(String.valueOf(r.appId))) continue;
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("id", r.id);
      run.put("head_sha", r.headSha);
      run.put("name", r.name);
      run.put("status", r.status);
      run.put("conclusion", r.conclusion);
      run.put("started_at", r.startedAt);
      run.put("app", Map.of("id", r.appId, "slug", "app-" + r.appId));
      out.add(run);
    }
    return Reply.json(200, Map.of("total_count", out.size(), "check_runs", out));
  }

  private static void apply(FakeRepo.CheckRun run, JsonNode body) {
    if (body.has("status")) run.status = body.get("status").asText();
    if (body.hasNonNull("details_url")) run.detailsUrl = body.get("details_url").asText();
    if (body.has("conclusion")) {
      run.conclusion = body.get("conclusion").asText();
      run.status = "completed";
    }
    JsonNode out = body.path("output");
    if (out.has("title")) run.title = out.get("title").asText();
    if (out.has("summary")) run.summary = out.get("summary").asText();
    if (out.has("text")) run.text = out.get("text").asText();
    for (JsonNode a : out.path("annotations")) run.annotations.add(FakeGitHub.JSON.convertValue(a, Map.class));
    if (body.has("actions")) {
      run.actions.clear();
      for (JsonNode a : body.get("actions")) run.actions.add(a.get("identifier").asText());
    }
  }

  /** Like GitHub: a comment on a line outside the named commit's diff rejects the whole review with 422. */
  private Reply createReview(FakeRepo repo, FakeRepo.Pr pr, JsonNode body) {
    Reply rejected = FakeChanges.rejectReview(repo, pr, body);
    if (rejected != null) return rejected;
    Map<String, Object> review = new LinkedHashMap<>();
    review.put("id", ids.incrementAndGet());
    review.put("body", body.path("body").asText());
    review.put("commit_id", body.path("commit_id").asText());
    review.put("comments", FakeGitHub.JSON.convertValue(body.path("comments"), List.class));
    repo.reviews.add(review);
    return Reply.json(200, review);
  }
}
