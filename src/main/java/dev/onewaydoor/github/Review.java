package dev.onewaydoor.github;

import java.util.List;

/** A pull request review the App posts ({@code COMMENT}), or one it reads back. */
public record Review(String commitId, String body, List<ReviewComment> comments) {
  public Review {
    comments = List.copyOf(comments);
  }
}
