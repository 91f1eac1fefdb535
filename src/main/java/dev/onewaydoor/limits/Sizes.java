package dev.onewaydoor.limits;

import java.util.Locale;

/** Byte counts as people read them ("10 MB"), for messages on check runs. */
public final class Sizes {
  private Sizes() {}

  public static String human(long bytes) {
    if (bytes < 1024) return bytes + " bytes";
    if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%d KB", bytes / 1024);
    double mb = bytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb) ? String.format(Locale.ROOT, "%d MB", (long) mb) : String.format(Locale.ROOT, "%.1f MB", mb);
  }
}
