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

  /** A check run as the App left it: annotations accumulate across updates, as on GitHub. */
  public static final class CheckRun {
    public final long id;
    public final String headSha;
    public String status;
    public String conclusion;
    public String title;
    public String summary;
    public final List<Map<String, Object>> annotations = new ArrayList<>();
    public final List<String> actions = new ArrayList<>();
    /** The App that created the run (GitHub lists every App's runs on a commit). */
    public long appId;
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
  public final Map<String, String> permissions = new HashMap<>();
  public final List<String> repoLabels = new ArrayList<>();

  FakeRepo(String fullName) {
    this.fullName = fullName;
  }

  /** Adds a commit with these files (path → text) and returns its SHA, which depends on content only. */
  public String commit(Map<String, String> files) {
    Map<String, byte[]> tree = new LinkedHashMap<>();
    StringBuilder all = new StringBuilder();
    for (Map.Entry<String, String> f : new java.util.TreeMap<>(files).entrySet()) {
      byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
      tree.put(f.getKey(), bytes);
      blobs.put(sha(bytes), bytes);
      all.append(f.getKey()).append('\0').append(f.getValue()).append('\0');
    }
    String sha = sha(all.toString().getBytes(StandardCharsets.UTF_8));
    commits.put(sha, tree);
    return sha;
  }

  public Pr openPr(int number, String baseSha, String headSha) {
    Pr pr = new Pr(number, baseSha, headSha);
    prs.put(number, pr);
    return pr;
  }

  public List<CheckRun> runsFor(String sha) {
    List<CheckRun> out = new ArrayList<>();
    for (CheckRun r : checkRuns.values()) if (r.headSha.equals(sha)) out.add(r);
    return out;
  }

  /** The last check run created for {@code sha}, or null. */
  public CheckRun latestRun(String sha) {
    List<CheckRun> runs = runsFor(sha);
    return runs.isEmpty() ? null : runs.get(runs.size() - 1);
  }

  static String sha(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
