package dev.onewaydoor.github;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A file changed between two commits. {@code patch} is the unified diff GitHub includes for
 * text files (absent for binary and very large files); {@code sha} is the blob at the head.
 */
public record ChangedFile(String filename, String status, String previousFilename, String patch, String sha) {

  static ChangedFile from(JsonNode f) {
    return new ChangedFile(f.path("filename").asText(), f.path("status").asText(),
        f.hasNonNull("previous_filename") ? f.get("previous_filename").asText() : null,
        f.hasNonNull("patch") ? f.get("patch").asText() : null,
        f.hasNonNull("sha") ? f.get("sha").asText() : null);
  }

  public boolean removed() {
    return status.equals("removed");
  }
}
