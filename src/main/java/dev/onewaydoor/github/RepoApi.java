package dev.onewaydoor.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The calls the review workflow makes on one repository, as an installation. Each method is
 * one REST call (or one paginated listing) and returns plain values.
 */
public final class RepoApi {
  private final GitHubHttp http;
  private final InstallationTokens tokens;
  private final long installation;
  private final String repo;

  public RepoApi(GitHubHttp http, InstallationTokens tokens, long installation, String fullName) {
    this.http = http;
    this.tokens = tokens;
    this.installation = installation;
    this.repo = "/repos/" + fullName;
  }

  public long installation() {
    return installation;
  }

  public String fullName() {
    return repo.substring("/repos/".length());
  }

  /** One authenticated request. */
  @FunctionalInterface
  private interface Call<T> {
    T run(String auth) throws GitHubException;
  }

  /**
   * Runs {@code call} with the installation's token; when GitHub answers 401 (the cached
   * token was revoked, say after a permissions change) it fetches a new token and tries once more.
   */
  private <T> T call(Call<T> call) throws GitHubException {
    try {
      return call.run(tokens.authorization(installation));
    } catch (GitHubException e) {
      if (e.status() != 401) throw e;
      tokens.invalidate(installation);
      return call.run(tokens.authorization(installation));
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Encodes a file path for a URL, keeping its slashes. */
  private static String encPath(String path) {
    StringBuilder sb = new StringBuilder();
    for (String part : path.split("/")) sb.append(sb.length() == 0 ? "" : "/").append(enc(part));
    return sb.toString();
  }

  public PullRequest pullRequest(int number) throws GitHubException {
    return PullRequest.from(call(a -> http.get(repo + "/pulls/" + number, a)).json());
  }

  /** Open pull requests whose head is {@code sha}: how a fork's check suite is mapped to its PR. */
  public List<Integer> openPullRequestsWithHead(String sha) throws GitHubException {
    List<Integer> out = new ArrayList<>();
    for (JsonNode pr : call(a -> http.getAll(repo + "/pulls?state=open", a, null))) {
      if (sha.equals(pr.path("head").path("sha").asText())) out.add(pr.get("number").asInt());
    }
    return out;
  }

  /**
   * The change from {@code base} to {@code head} ({@code base...head}), exactly those commits:
   * unlike the pull request's file list, it cannot move on while a job runs.
   */
  public Comparison compare(String base, String head) throws GitHubException {
    JsonNode json = call(a -> http.get(repo + "/compare/" + enc(base) + "..." + enc(head), a)).json();
    List<ChangedFile> files = new ArrayList<>();
    for (JsonNode f : json.path("files")) files.add(ChangedFile.from(f));
    String mergeBase = json.path("merge_base_commit").path("sha").asText(base);
    boolean truncated = !json.has("files") || files.size() >= Comparison.FILE_CAP;
    return new Comparison(base, head, mergeBase, files, truncated);
  }

  /** A blob's bytes by its SHA, at most {@code maxBytes}: content-addressed, so callers may cache it. */
  public byte[] blob(String sha, long maxBytes) throws GitHubException {
    return call(a -> http.getRaw(repo + "/git/blobs/" + sha, a, maxBytes));
  }

  /** The file's bytes at {@code ref}, or null when it does not exist there. */
  public byte[] contents(String path, String ref) throws GitHubException {
    return call(a -> http.getRaw(repo + "/contents/" + encPath(path) + "?ref=" + enc(ref), a));
  }

  /**
   * Streams the gzipped tar archive of {@code ref} to {@code reader} (GitHub answers with a
   * redirect to a short-lived download URL, which is followed; the token is not sent to
   * another host).
   */
  public <T> T tarball(String ref, GitHubHttp.BodyReader<T> reader) throws GitHubException {
    return call(a -> http.stream(repo + "/tarball/" + enc(ref), a, "application/vnd.github+json", reader));
  }

  /** Creates a check run and returns its id. */
  public long createCheckRun(String name, String headSha, CheckRunUpdate run) throws GitHubException {
    ObjectNode body = Wire.checkRun(run).put("name", name).put("head_sha", headSha);
    return call(a -> http.send("POST", repo + "/check-runs", body, a)).json().get("id").asLong();
  }

  public void updateCheckRun(long id, CheckRunUpdate run) throws GitHubException {
    ObjectNode body = Wire.checkRun(run);
    call(a -> http.send("PATCH", repo + "/check-runs/" + id, body, a));
  }

  /** Sets a commit status: the fallback when the App may not create check runs. */
  public void createStatus(String sha, String state, String description, String context, String targetUrl)
      throws GitHubException {
    ObjectNode body = Wire.status(state, description, context, targetUrl);
    call(a -> http.send("POST", repo + "/statuses/" + sha, body, a));
  }

  /** The pull request's reviews (commit and body; their comments are not fetched). */
  public List<Review> reviews(int number) throws GitHubException {
    List<Review> out = new ArrayList<>();
    for (JsonNode r : call(a -> http.getAll(repo + "/pulls/" + number + "/reviews", a, null))) {
      out.add(new Review(r.path("commit_id").asText(""), r.path("body").asText(""), List.of()));
    }
    return out;
  }

  public void createReview(int number, Review review) throws GitHubException {
    ObjectNode body = Wire.review(review);
    call(a -> http.send("POST", repo + "/pulls/" + number + "/reviews", body, a));
  }

  public void addLabel(int number, String label) throws GitHubException {
    call(a -> http.send("POST", repo + "/issues/" + number + "/labels", Map.of("labels", List.of(label)), a));
  }

  /** Removes a label; a label that is already gone is fine. */
  public void removeLabel(int number, String label) throws GitHubException {
    try {
      call(a -> http.send("DELETE", repo + "/issues/" + number + "/labels/" + enc(label), null, a));
    } catch (GitHubException e) {
      if (e.status() != 404) throw e;
    }
  }

  /** Creates the label unless it exists; returns true when it was created. */
  public boolean ensureLabel(String name, String color, String description) throws GitHubException {
    try {
      call(a -> http.get(repo + "/labels/" + enc(name), a));
      return false;
    } catch (GitHubException e) {
      if (e.status() != 404) throw e;
    }
    try {
      call(a -> http.send("POST", repo + "/labels", Map.of("name", name, "color", color, "description", description), a));
      return true;
    } catch (GitHubException e) {
      if (e.status() == 422) return false; // created meanwhile by someone else
      throw e;
    }
  }

  public void comment(int number, String body) throws GitHubException {
    call(a -> http.send("POST", repo + "/issues/" + number + "/comments", Map.of("body", body), a));
  }

  public void react(long commentId, String content) throws GitHubException {
    call(a -> http.send("POST", repo + "/issues/comments/" + commentId + "/reactions", Map.of("content", content), a));
  }

  /** The user's role on the repository; {@link Permission#NONE} for users who are not collaborators. */
  public Permission permission(String user) throws GitHubException {
    try {
      JsonNode json = call(a -> http.get(repo + "/collaborators/" + enc(user) + "/permission", a)).json();
      return Permission.of(json.path("role_name").asText(null), json.path("permission").asText("none"));
    } catch (GitHubException e) {
      if (e.status() == 404) return Permission.NONE;
      throw e;
    }
  }

  /** True when {@code user} is an active member of {@code org}'s team {@code slug}. */
  public boolean teamMember(String org, String slug, String user) throws GitHubException {
    try {
      JsonNode json = call(a -> http.get("/orgs/" + enc(org) + "/teams/" + enc(slug) + "/memberships/" + enc(user), a)).json();
      return "active".equals(json.path("state").asText());
    } catch (GitHubException e) {
      if (e.status() == 404) return false;
      throw e;
    }
  }
}
