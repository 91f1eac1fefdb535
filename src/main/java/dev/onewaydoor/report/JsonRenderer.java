package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.check.Enriched;

/**
 * The JSON output, a contract scripts rely on:
 * {@code {"findings":[{"rule","category","severity","blocking","file","line","column","message","help","statement",
 * "causes":[{"file","line"}], "references":[{"commit","path","line","column","snippet","confidence","why"}],
 * "plan":{"dialect","summary","singleStep","unavailable","phases":[{"number","title","when","up","down","check",
 * "checklist":[…]}]}|null}], "notes":[…], "summary":{…}, "code":{"base":{…},"head":{…}}}}. {@code causes}
 * lists the statements that cause a finding, its own first; {@code notes} are said once for the whole run.
 * Findings observed on a real database add {@code "verifiedOn":"PostgreSQL 17.7"}.
 */
public final class JsonRenderer implements Renderer {
  @Override
  public String render(Enriched enriched) {
    Report report = enriched.report();
    Json j = new Json().open('{');
    j.key("findings").open('[');
    for (Finding f : report.findings()) {
      j.open('{')
          .field("rule", f.rule())
          .field("category", f.category().id())
          .field("severity", f.severity().id())
          .field("blocking", f.blocking())
          .field("file", f.file())
          .field("line", f.line())
          .field("column", f.column())
          .field("message", f.message())
          .field("help", f.help())
          .field("statement", f.statement());
      if (f.verified()) j.field("verifiedOn", f.verifiedOn());
      j.key("causes").open('[');
      for (Source c : f.causes()) j.open('{').field("file", c.file()).field("line", c.line()).close('}');
      j.close(']');
      JsonDetails.finding(j, f, enriched.details(f));
      j.close('}');
    }
    j.close(']');
    j.key("notes").open('[');
    for (String note : report.notes()) j.value(note);
    j.close(']');
    j.key("summary").open('{')
        .field("findings", report.findings().size())
        .field("blocking", report.blockingCount())
        .field("migrations", report.migrations())
        .field("statements", report.statements())
        .close('}');
    JsonDetails.code(j, enriched);
    return j.close('}').toString() + "\n";
  }
}
