package dev.onewaydoor.github;

import java.util.Locale;

/** A user's role on a repository, from {@code role_name} (finer than {@code permission}). */
public enum Permission {
  ADMIN, MAINTAIN, WRITE, TRIAGE, READ, NONE;

  /** Maps GitHub's role names; custom roles and unknown values count as read. */
  public static Permission of(String roleName, String permission) {
    String role = roleName == null || roleName.isEmpty() ? permission : roleName;
    if (role == null) return NONE;
    switch (role.toLowerCase(Locale.ROOT)) {
      case "admin": return ADMIN;
      case "maintain": return MAINTAIN;
      case "write": return WRITE;
      case "triage": return TRIAGE;
      case "read": return READ;
      case "none": return NONE;
      default: return "write".equals(permission) || "admin".equals(permission) ? WRITE : READ;
    }
  }

  /** True for roles that can push: the bar for acknowledging and running commands. */
  public boolean canWrite() {
    return this == ADMIN || this == MAINTAIN || this == WRITE;
  }
}
