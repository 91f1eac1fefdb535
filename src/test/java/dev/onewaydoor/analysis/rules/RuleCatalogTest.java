package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every registered rule has a unique id matching its class, a doc page and a test class. */
class RuleCatalogTest {
  @Test
  void everyRuleHasItsDocPageAndTests() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Rule rule : Rules.all()) {
      RuleInfo info = rule.info();
      assertTrue(ids.add(info.id()), "duplicate rule id " + info.id());
      assertEquals(info.id(), kebab(rule.getClass().getSimpleName()), "class name must match the id");
      assertFalse(info.summary().endsWith("."), info.id() + ": summary has no trailing period");
      Path doc = Path.of("docs/rules/" + info.id() + ".md");
      assertTrue(Files.isRegularFile(doc), "missing doc page " + doc);
      String text = Files.readString(doc);
      for (String section : new String[] {"## Problem", "## Why it is a one-way door", "## Instead"}) {
        assertTrue(text.contains(section), doc + " lacks section " + section);
      }
      Path test = Path.of("src/test/java/dev/onewaydoor/analysis/rules/" + rule.getClass().getSimpleName() + "Test.java");
      assertTrue(Files.isRegularFile(test), "missing test class " + test);
      String source = Files.readString(test);
      assertTrue(source.contains("void positive"), test + " has no positive case");
      assertTrue(source.contains("void negative"), test + " has no negative case");
    }
  }

  private static String kebab(String className) {
    return className.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
  }
}
