package dev.onewaydoor.references;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds many ASCII patterns at once in raw bytes, ignoring ASCII case, in one pass per file:
 * an Aho–Corasick automaton built once per scan, so no file pays for a regex compile or a
 * pass per name. Bytes outside the patterns' alphabet share one class, which keeps the
 * transition table small enough to stay in cache.
 */
final class AhoCorasick {
  /** Receives each match: the pattern's index and the offsets {@code [start, end)} in the bytes. */
  interface Hits {
    void hit(int pattern, int start, int end);
  }

  private final int[] byteClass = new int[256];
  private final int classes;
  private final int[] next;
  private final int[][] outputs;
  private final int[] lengths;

  /** {@code patterns} are lower-case ASCII; matching folds the input's A–Z to a–z. */
  AhoCorasick(List<String> patterns) {
    lengths = new int[patterns.size()];
    int k = 1; // class 0: every byte no pattern uses
    for (String p : patterns) {
      for (int i = 0; i < p.length(); i++) {
        int c = p.charAt(i);
        if (c > 127 || (c >= 'A' && c <= 'Z')) throw new IllegalArgumentException("pattern must be lower-case ASCII: " + p);
        if (byteClass[c] == 0) byteClass[c] = k++;
      }
    }
    for (int c = 'A'; c <= 'Z'; c++) byteClass[c] = byteClass[c + 32];
    classes = k;
    List<int[]> trie = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    trie.add(new int[k]);
    out.add(new ArrayList<>());
    for (int pi = 0; pi < patterns.size(); pi++) {
      String p = patterns.get(pi);
      lengths[pi] = p.length();
      int s = 0;
      for (int i = 0; i < p.length(); i++) {
        int c = byteClass[p.charAt(i)];
        if (trie.get(s)[c] == 0) {
          trie.add(new int[k]);
          out.add(new ArrayList<>());
          trie.get(s)[c] = trie.size() - 1;
        }
        s = trie.get(s)[c];
      }
      out.get(s).add(pi);
    }
    next = new int[trie.size() * k];
    outputs = new int[trie.size() * k][]; // indexed like states: pre-multiplied
    link(trie, out);
  }

  /** Breadth-first: failure links folded into a full transition table, outputs merged along them. */
  private void link(List<int[]> trie, List<List<Integer>> out) {
    int[] fail = new int[trie.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int c = 0; c < classes; c++) {
      int t = trie.get(0)[c];
      next[c] = t;
      if (t != 0) queue.add(t);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      out.get(s).addAll(out.get(fail[s]));
      for (int c = 0; c < classes; c++) {
        int t = trie.get(s)[c];
        if (t != 0) {
          fail[t] = next[fail[s] * classes + c];
          next[s * classes + c] = t;
          queue.add(t);
        } else {
          next[s * classes + c] = next[fail[s] * classes + c];
        }
      }
    }
    // States are stored pre-multiplied by the row width: one multiply fewer per byte scanned.
    for (int i = 0; i < next.length; i++) next[i] *= classes;
    for (int s = 0; s < trie.size(); s++) {
      outputs[s * classes] = out.get(s).isEmpty() ? null : out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** Reports every match in {@code bytes[0, length)}, overlapping ones included. */
  void search(byte[] bytes, int length, Hits hits) {
    int s = 0;
    final int[] table = next;
    final int[] cls = byteClass;
    final int[][] out = outputs;
    for (int i = 0; i < length; i++) {
      s = table[s + cls[bytes[i] & 0xff]];
      int[] o = out[s];
      if (o != null) {
        for (int p : o) hits.hit(p, i + 1 - lengths[p], i + 1);
      }
    }
  }

  @Override
  public String toString() {
    return "AhoCorasick[" + lengths.length + " patterns, " + outputs.length / classes + " states, classes=" + classes
        + ", lengths=" + Arrays.toString(lengths) + "]";
  }
}
