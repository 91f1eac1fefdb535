package dev.onewaydoor.fakegithub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The state of one repository in the fake: commits, pull requests and what the App wrote. */
public final class FakeRepo {
  /** A pull request: head and base commits, labels, and its own issue events. */
  public static final class Pr {
    public final int number;
    public String headSha;
    public String baseSha;
    public String baseRef = "main";
    public String state = "open";
    public final List<String> labels = new ArrayList<>();
    public final List<Map<String, Object>> events = new ArrayList<>();

    Pr(int number, String baseSha, String headSha) {
      this.number = number;
      this.baseSha = baseSha;
      this.headSha = headSha;
    }
  }

  /** A check run as its App left it: annotations accumulate across updates, as on GitHub. */
  public static final class CheckRun {
    public final long id;
    public final String headSha;
    /** The App that created it: ours unless a test adds another App's run. */
    public long appId;
    public String appSlug;
    public String status;
    public String conclusion;
    public String title;
    public String summary;
    /** The output's text, shown below the summary (null when never set). */
    public String text;
    /** The link the run's "Details" opens, as last set. */
    public String detailsUrl;
    public final List<Map<String, Object>> annotations = new ArrayList<>();
    public final List<String> actions = new ArrayList<>();
    public String name = "OneWayDoor";
    public String startedAt;

    CheckRun(long id, String headSha) {
      this.id = id;
      this.headSha = headSha;
    }
  }

  /** A check run as a previous process (or another App) left it: not created through the API. */
  public CheckRun seedCheckRun(long id, String headSha, long appId, String status, String startedAt) {
    CheckRun run = new CheckRun(id, headSha);
    run.appId = appId;
    run.status = status;
    run.startedAt = startedAt;
    checkRuns.put(id, run);
    return run;
  }

  public final String fullName;
  final Map<String, Map<String, byte[]>> commits = new HashMap<>();
  final Map<String, byte[]> blobs = new HashMap<>();
  public final Map<Integer, Pr> prs = new LinkedHashMap<>();
  public final Map<Long, CheckRun> checkRuns = new LinkedHashMap<>();
  public final List<Map<String, Object>> reviews = new ArrayList<>();
  public final List<String> comments = new ArrayList<>();
  public final List<String> reactions = new ArrayList<>();
  /** Collaborators' roles (admin, maintain, write, triage, read); anyone else reads (a public repository). */
  public final Map<String, String> permissions = new HashMap<>();
  /** False models an installation without {@code checks: write}: creating a check run answers 403. */
  public volatile boolean checksWritable = true;
  /** Commit statuses set, as {@code sha:context:state:description}. */
  public final List<String> statuses = new ArrayList<>();
  /** Archives served instead of the real one, by commit: to test broken or hostile archives. */
  public final Map<String, byte[]> tarballOverrides = new HashMap<>();
  public final List<String> repoLabels = new ArrayList<>();
  /** A private repository: what its pull requests say in {@code base.repo.private}. */
  public volatile boolean isPrivate;

  FakeRepo(String fullName) {
    this.fullName = fullName;
  }

  /** Adds a commit with these files (path → text) and returns its SHA, which depends on content only. */
  public String commit(Map<String, String> files) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return commitBytes(bytes);
  }

  /** Adds a commit of raw files; its SHA depends on content only. */
  public synchronized String commitBytes(Map<String, byte[]> files) {
    Map<String, byte[]> tree = new LinkedHashMap<>();
    MessageDigest all = digest();
    for (Map.Entry<String, byte[]> f : new java.util.TreeMap<>(files).entrySet()) {
      tree.put(f.getKey(), f.getValue());
      String blob = sha(f.getValue());
      blobs.put(blob, f.getValue());
      all.update((f.getKey() + '\0' + blob + '\0').getBytes(StandardCharsets.UTF_8));
    }
    String sha = HexFormat.of().formatHex(all.digest());
    commits.put(sha, tree);
    return sha;
  }

  public Pr openPr(int number, String baseSha, String headSha) {
    Pr pr = new Pr(number, baseSha, headSha);
    prs.put(number, pr);
    return pr;
  }

  /** Adds a check run of another App on {@code sha} (GitHub shows every App's runs on a commit). */
  public CheckRun foreignRun(long id, long appId, String slug, String sha) {
    CheckRun run = new CheckRun(id, sha);
    run.appId = appId;
    run.appSlug = slug;
    run.status = "completed";
    run.conclusion = "failure";
    checkRuns.put(id, run);
    return run;
  }

  /** The commit's files (path → bytes), or null. */
  public Map<String, byte[]> files(String sha) {
    return commits.get(sha);
  }

  /** Our App's runs on {@code sha}, oldest first. */
  public List<CheckRun> runsFor(String sha) {
    List<CheckRun> out = new ArrayList<>();
    for (CheckRun r : checkRuns.values()) if (r.headSha.equals(sha) && r.appSlug == null) out.add(r);
    return out;
  }

  /** The last check run created for {@code sha}, or null. */
  public CheckRun latestRun(String sha) {
    List<CheckRun> runs = runsFor(sha);
    return runs.isEmpty() ? null : runs.get(runs.size() - 1);
  }

  static String sha(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
