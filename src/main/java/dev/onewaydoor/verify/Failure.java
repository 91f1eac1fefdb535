package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.Source;

/**
 * A statement the database refused: where it is, the SQLSTATE and the server's message
 * (first line, without the "ERROR:" prefix).
 */
record Failure(Source at, String sqlState, String message) {

  /** {@code 42703 column "x" does not exist}. */
  String error() {
    return (sqlState == null || sqlState.isEmpty() ? "" : sqlState + " ") + message;
  }
}
