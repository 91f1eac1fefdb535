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

  public List<PrFile> pullRequestFiles(int number) throws GitHubException {
    List<PrFile> out = new ArrayList<>();
    for (JsonNode f : call(a -> http.getAll(repo + "/pulls/" + number + "/files", a, null))) out.add(PrFile.from(f));
    return out;
  }

  /** The file's bytes at {@code ref}, or null when it does not exist there. */
  public byte[] contents(String path, String ref) throws GitHubException {
    return call(a -> http.getRaw(repo + "/contents/" + encPath(path) + "?ref=" + enc(ref), a));
  }

  /** A blob's bytes by its SHA: content-addressed, so callers may cache it forever. */
  public byte[] blob(String sha) throws GitHubException {
    return call(a -> http.getRaw(repo + "/git/blobs/" + sha, a));
  }

  /** Every file (blob) in the tree of {@code ref}, recursively: path → blob SHA. */
  public Tree tree(String ref) throws GitHubException {
    JsonNode json = call(a -> http.get(repo + "/git/trees/" + enc(ref) + "?recursive=1", a)).json();
    List<Tree.Entry> entries = new ArrayList<>();
    for (JsonNode e : json.path("tree")) {
      if ("blob".equals(e.path("type").asText())) {
        entries.add(new Tree.Entry(e.get("path").asText(), e.get("sha").asText(), e.path("size").asLong()));
      }
    }
    return new Tree(entries, json.path("truncated").asBoolean());
  }

  public long createCheckRun(ObjectNode body) throws GitHubException {
    return call(a -> http.send("POST", repo + "/check-runs", body, a)).json().get("id").asLong();
  }

  public void updateCheckRun(long id, ObjectNode body) throws GitHubException {
    call(a -> http.send("PATCH", repo + "/check-runs/" + id, body, a));
  }

  public List<JsonNode> reviews(int number) throws GitHubException {
    return call(a -> http.getAll(repo + "/pulls/" + number + "/reviews", a, null));
  }

  public void createReview(int number, ObjectNode body) throws GitHubException {
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

  /** The issue events of a PR, oldest first (labeled/unlabeled with actor and time). */
  public List<JsonNode> issueEvents(int number) throws GitHubException {
    return call(a -> http.getAll(repo + "/issues/" + number + "/events", a, null));
  }

  public void comment(int number, String body) throws GitHubException {
    call(a -> http.send("POST", repo + "/issues/" + number + "/comments", Map.of("body", body), a));
  }

  public void react(long commentId, String content) throws GitHubException {
    call(a -> http.send("POST", repo + "/issues/comments/" + commentId + "/reactions", Map.of("content", content), a));
  }

  /** {@code admin}, {@code write}, {@code read} or {@code none} (maintainers count as write). */
  public String permission(String user) throws GitHubException {
    try {
      JsonNode json = call(a -> http.get(repo + "/collaborators/" + enc(user) + "/permission", a)).json();
      return json.path("permission").asText("none");
    } catch (GitHubException e) {
      if (e.status() == 404) return "none";
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
