import junit from "../../src/formatters/junit.js";
import { cleanDraft, context, sampleResults } from "./sample-results.js";

describe("junit formatter", () => {
  test("prints a suite per draft, a failing case per problem and a passing case for a clean draft", async () => {
    expect(await junit(sampleResults, context())).toBe(
      [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<testsuites name=\"inmail-lint\" tests=\"7\" failures=\"5\" errors=\"1\" time=\"0\">",
        "  <testsuite name=\"drafts/a.md\" id=\"0\" tests=\"4\" failures=\"4\" errors=\"0\" skipped=\"0\" time=\"0\">",
        "    <properties>",
        "      <property name=\"grade\" value=\"F\"/>",
        "      <property name=\"score\" value=\"58\"/>",
        "    </properties>",
        "    <testcase classname=\"drafts/a.md\" name=\"personalization (1:1)\" time=\"0\">",
        "      <failure message=\"Greeting &#39;Hi there&#39; names no one\" type=\"error\">1:1 error Greeting &#39;Hi there&#39; names no one [personalization]</failure>",
        "    </testcase>",
        "    <testcase classname=\"drafts/a.md\" name=\"spam-phrases (3:20)\" time=\"0\">",
        "      <failure message=\"Spam phrase &quot;50% off, now&quot;: say what is on offer\" type=\"warning\">3:20 warning Spam phrase &quot;50% off, now&quot;: say what is on offer [spam-phrases]</failure>",
        "    </testcase>",
        "    <testcase classname=\"drafts/a.md\" name=\"acme/no-html (3:37)\" time=\"0\">",
        "      <failure message=\"HTML &lt;b&gt; tags | pipes show as text\" type=\"warning\">3:37 warning HTML &lt;b&gt; tags | pipes show as text [acme/no-html]</failure>",
        "    </testcase>",
        "    <testcase classname=\"drafts/a.md\" name=\"transparency (4:1)\" time=\"0\">",
        "      <failure message=\"Pitch spans lines: say who you are\" type=\"error\">4:1 error Pitch spans lines: say who you are [transparency]</failure>",
        "    </testcase>",
        "  </testsuite>",
        "  <testsuite name=\"drafts/clean.md\" id=\"1\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\" time=\"0\">",
        "    <properties>",
        "      <property name=\"grade\" value=\"A\"/>",
        "      <property name=\"score\" value=\"100\"/>",
        "    </properties>",
        "    <testcase classname=\"drafts/clean.md\" name=\"no problems\" time=\"0\"/>",
        "  </testsuite>",
        "  <testsuite name=\"drafts/broken.md\" id=\"2\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" time=\"0\">",
        "    <properties>",
        "      <property name=\"grade\" value=\"F\"/>",
        "      <property name=\"score\" value=\"0\"/>",
        "    </properties>",
        "    <testcase classname=\"drafts/broken.md\" name=\"inmail-lint (2:1)\" time=\"0\">",
        "      <error message=\"front matter: expected a YAML mapping\" type=\"error\">2:1 error front matter: expected a YAML mapping</error>",
        "    </testcase>",
        "  </testsuite>",
        "  <testsuite name=\"templates/intro, v2.md → Sam Okafor\" id=\"3\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"0\">",
        "    <properties>",
        "      <property name=\"grade\" value=\"A\"/>",
        "      <property name=\"score\" value=\"92\"/>",
        "    </properties>",
        "    <testcase classname=\"templates/intro, v2.md → Sam Okafor\" name=\"acme/tone (3:1)\" time=\"0\">",
        "      <failure message=\"Sounds like an ad\" type=\"warning\">3:1 warning Sounds like an ad [acme/tone]</failure>",
        "    </testcase>",
        "  </testsuite>",
        "</testsuites>",
        "",
      ].join("\n"),
    );
  });

  test("escapes XML specials and drops characters XML 1.0 forbids", async () => {
    const nasty = { ...cleanDraft, filePath: "/repo/<a&b>.md", messages: [{ ruleId: "x", severity: 2 as const, message: "bell\u0007 ]]> \"q\" 'a' \uD800", line: 1, column: 1, endLine: 1, endColumn: 2 }] };
    const xml = await junit([nasty], context());
    expect(xml).toContain('<testsuite name="&lt;a&amp;b&gt;.md"');
    expect(xml).toContain('<failure message="bell\uFFFD ]]&gt; &quot;q&quot; &#39;a&#39; \uFFFD" type="error">');
    expect(xml).not.toMatch(/[\u0000-\u0008]/);
  });
});
