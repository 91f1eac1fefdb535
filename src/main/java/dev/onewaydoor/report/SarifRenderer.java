package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.rules.Rules;
import dev.onewaydoor.check.Enriched;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: one run, every rule described in the
 * driver, results with relative artifact URIs, 1-based regions and a stable fingerprint; the
 * code that uses a finding's name as related locations, and phase 1 of its plan as a fix that
 * replaces the statement.
 */
public final class SarifRenderer implements Renderer {
  @Override
  public String render(Enriched enriched) {
    Report report = enriched.report();
    List<Rule> rules = Rules.all();
    Map<String, Integer> index = new HashMap<>();
    Json j = new Json().open('{')
        .field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        .field("version", "2.1.0");
    j.key("runs").open('[').open('{');
    j.key("tool").open('{').key("driver").open('{')
        .field("name", "OneWayDoor")
        .field("semanticVersion", Version.get());
    j.key("rules").open('[');
    for (int i = 0; i < rules.size(); i++) {
      RuleInfo r = rules.get(i).info();
      index.put(r.id(), i);
      j.open('{').field("id", r.id()).field("name", r.id())
          .key("shortDescription").open('{').field("text", r.summary()).close('}')
          .key("help").open('{').field("text", r.help()).close('}')
          .key("defaultConfiguration").open('{').field("level", level(r.severity())).close('}')
          .key("properties").open('{').key("tags").open('[').value(r.category().id()).close(']')
          .field("blocking", r.blocking()).close('}')
          .close('}');
    }
    j.close(']').close('}').close('}');
    j.key("results").open('[');
    for (Finding f : report.findings()) {
      j.open('{').field("ruleId", f.rule());
      if (index.containsKey(f.rule())) j.field("ruleIndex", index.get(f.rule()));
      j.field("level", level(f.severity()))
          .key("message").open('{').field("text", f.message() + " Instead: " + f.help()).close('}')
          .key("locations").open('[').open('{').key("physicalLocation").open('{')
          .key("artifactLocation").open('{').field("uri", f.file()).close('}')
          .key("region").open('{').field("startLine", Math.max(1, f.line()))
          .field("startColumn", Math.max(1, f.column())).close('}')
          .close('}').close('}').close(']');
      SarifDetails.finding(j, f, enriched.details(f));
      j.key("partialFingerprints").open('{')
          .field("onewaydoor/v1", Fingerprints.of(f))
          .close('}')
          .key("properties").open('{').field("blocking", f.blocking()).field("category", f.category().id()).close('}')
          .close('}');
    }
    j.close(']').close('}').close(']');
    return j.close('}').toString() + "\n";
  }

  private static String level(Severity s) {
    switch (s) {
      case ERROR: return "error";
      case WARNING: return "warning";
      default: return "note";
    }
  }
}
