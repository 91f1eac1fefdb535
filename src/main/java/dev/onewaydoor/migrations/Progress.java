package dev.onewaydoor.migrations;

/** Receives how many of the found migrations have been read; called from worker threads. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (done, total) -> { };

  void update(int done, int total);
}
