package dev.onewaydoor.cli;

import java.util.ArrayList;
import java.util.List;

/** The parsed arguments of {@code onewaydoor check}; {@code repo} is null when {@code --repo} was not given. */
record CheckOptions(List<String> paths, String base, String head, String repo, String format, String config,
    boolean verify) {

  static final String USAGE = String.join("\n",
      "usage: onewaydoor check [PATH...] [--base REF [--head REF]] [--repo DIR]",
      "                        [--format text|markdown|json|sarif] [--config FILE] [--verify]",
      "",
      "  PATH...        check every migration under these files or folders, all taken as new",
      "  --base REF     check what changed from REF to --head (default HEAD) in the git repository;",
      "                 history is replayed from REF, edits and deletions of its migrations are found",
      "  --repo DIR     the git repository, and where .github/onewaydoor.yml is read (default .); with",
      "                 PATHs, the code searched for uses of what changes (default: the project holding",
      "                 the PATHs, the nearest folder above them with .git or a build file)",
      "  --format F     text (default), markdown, json or sarif",
      "  --config FILE  use this config instead of .github/onewaydoor.yml",
      "  --verify       also run the change on a real database: up, the previous release's queries,",
      "                 down, up again (embedded PostgreSQL, or the server in DATABASE_URL=postgresql://…,",
      "                 mysql://… or mariadb://…); limits from verify: in the config",
      "",
      "exit status: 0 nothing blocking, 1 blocking findings, 2 usage or input error");

  static CheckOptions parse(List<String> args) throws UsageException {
    List<String> paths = new ArrayList<>();
    String base = null;
    String head = null;
    String repo = null;
    String format = "text";
    String config = null;
    boolean verify = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String value = null;
      if (a.startsWith("--") && a.contains("=")) {
        value = a.substring(a.indexOf('=') + 1);
        a = a.substring(0, a.indexOf('='));
      }
      switch (a) {
        case "--base": base = value != null ? value : next(args, ++i, a); break;
        case "--head": head = value != null ? value : next(args, ++i, a); break;
        case "--repo": repo = value != null ? value : next(args, ++i, a); break;
        case "--format": format = value != null ? value : next(args, ++i, a); break;
        case "--config": config = value != null ? value : next(args, ++i, a); break;
        case "--verify": verify = true; break;
        default:
          if (a.startsWith("-")) throw new UsageException("unknown option '" + a + "'\n" + USAGE);
          paths.add(a);
      }
    }
    if (head != null && base == null) throw new UsageException("--head needs --base");
    if (base != null && !paths.isEmpty()) {
      throw new UsageException("give either PATHs or --base/--head, not both");
    }
    if (base == null && paths.isEmpty()) paths.add(".");
    return new CheckOptions(paths, base, head == null && base != null ? "HEAD" : head, repo, format, config, verify);
  }

  private static String next(List<String> args, int i, String option) throws UsageException {
    if (i >= args.size() || args.get(i).startsWith("--")) throw new UsageException(option + " needs a value");
    return args.get(i);
  }
}
