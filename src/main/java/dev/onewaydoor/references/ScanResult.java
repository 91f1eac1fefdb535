package dev.onewaydoor.references;

import java.util.List;
import java.util.Map;

/**
 * What a scan found: the references per target, certain ones first, and what it could not
 * read. Nothing is dropped silently: files skipped (binary, minified, generated, too large,
 * symbolic links) and references left out past the cap are counted in {@code notes}.
 *
 * @param performed false when the tree was not scanned at all (the only note says why)
 * @param filesScanned files whose bytes were searched
 * @param omitted per target, references found but not listed (past the cap)
 */
public record ScanResult(boolean performed, Map<Target, List<Reference>> references, Map<Target, Integer> omitted,
    List<String> notes, int filesScanned) {

  /** A scan that did not happen: the reason is the only note. */
  public static ScanResult notScanned(String reason) {
    return new ScanResult(false, Map.of(), Map.of(), List.of(reason), 0);
  }

  public ScanResult {
    references = Map.copyOf(references);
    omitted = Map.copyOf(omitted);
    notes = List.copyOf(notes);
  }

  /** The references to {@code target}, certain first; empty when none were found. */
  public List<Reference> of(Target target) {
    return references.getOrDefault(target, List.of());
  }

  public int omitted(Target target) {
    return omitted.getOrDefault(target, 0);
  }
}
