package dev.onewaydoor.snapshot;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One commit's files on disk: {@code f/<n>} holds the n-th kept file, {@code index} maps paths
 * to those numbers (paths never become file names, so no archive path can reach outside the
 * directory, and case or length limits of the file system do not matter).
 */
final class Snapshot implements FilesAtCommit {
  static final String INDEX = "index";

  /** A kept file: its number on disk and its size. */
  record Stored(int n, long size) {}

  private final Path root;
  private final String sha;
  private final Map<String, Stored> files;
  private final Map<String, Long> tooLarge;

  Snapshot(Path root, String sha, Map<String, Stored> files, Map<String, Long> tooLarge) {
    this.root = root;
    this.sha = sha;
    this.files = Collections.unmodifiableMap(new TreeMap<>(files));
    this.tooLarge = Collections.unmodifiableMap(new TreeMap<>(tooLarge));
  }

  static Path dataFile(Path root, int n) {
    return root.resolve("f").resolve(Integer.toString(n));
  }

  /** Total bytes kept. */
  long bytes() {
    long sum = 0;
    for (Stored s : files.values()) sum += s.size();
    return sum;
  }

  void writeIndex() throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(root.resolve(INDEX), StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Stored> e : files.entrySet()) {
        w.write("F\t" + e.getValue().n() + "\t" + e.getValue().size() + "\t" + enc(e.getKey()) + "\n");
      }
      for (Map.Entry<String, Long> e : tooLarge.entrySet()) w.write("L\t0\t" + e.getValue() + "\t" + enc(e.getKey()) + "\n");
    }
  }

  static Snapshot load(Path root, String sha) throws IOException {
    Map<String, Stored> files = new TreeMap<>();
    Map<String, Long> tooLarge = new TreeMap<>();
    try (BufferedReader r = Files.newBufferedReader(root.resolve(INDEX), StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        String[] f = line.split("\t", 4);
        if (f.length != 4) throw new IOException("corrupt snapshot index in " + root);
        String path = URLDecoder.decode(f[3], StandardCharsets.UTF_8);
        if (f[0].equals("F")) files.put(path, new Stored(Integer.parseInt(f[1]), Long.parseLong(f[2])));
        else tooLarge.put(path, Long.parseLong(f[2]));
      }
    } catch (NumberFormatException e) {
      throw new IOException("corrupt snapshot index in " + root);
    }
    return new Snapshot(root, sha, files, tooLarge);
  }

  private static String enc(String path) {
    return URLEncoder.encode(path, StandardCharsets.UTF_8);
  }

  @Override
  public String sha() {
    return sha;
  }

  @Override
  public List<String> paths() {
    return new ArrayList<>(files.keySet());
  }

  @Override
  public boolean has(String path) {
    return files.containsKey(path);
  }

  @Override
  public byte[] read(String path) throws IOException {
    Stored s = files.get(path);
    if (s == null) throw new IOException(path + " is not in the snapshot of " + sha);
    return Files.readAllBytes(dataFile(root, s.n()));
  }

  @Override
  public long size(String path) {
    Stored s = files.get(path);
    return s == null ? -1 : s.size();
  }

  @Override
  public Map<String, Long> tooLarge() {
    return tooLarge;
  }
}
