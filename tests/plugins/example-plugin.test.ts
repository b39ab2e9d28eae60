// The example plugin tested the way a plugin author would: RuleTester from the package entry.
import { RuleTester } from "inmail-lint";
import plugin from "../../fixtures/plugins/inmail-lint-plugin-example/index.js";

const tester = new RuleTester();

tester.run("example/no-double-space", plugin.rules["no-double-space"], {
  valid: ["Hi Jane,\n\nOne space between words.\n", "Hi Jane,\n\n    Indented line.\nLine with a hard break  \nnext line.\n"],
  invalid: [
    {
      code: "Hi Jane,\n\nTwo  spaces and   three.\n",
      errors: [
        { messageId: "doubleSpace", data: { count: 2 }, line: 3, column: 4, endLine: 3, endColumn: 6 },
        { messageId: "doubleSpace", data: { count: 3 }, line: 3, column: 16, endLine: 3, endColumn: 19 },
      ],
      output: "Hi Jane,\n\nTwo spaces and three.\n",
    },
  ],
});

tester.run("example/prefer-plain-words", plugin.rules["prefer-plain-words"], {
  valid: ["Hi Jane,\n\nWe use Go.\n"],
  invalid: [
    {
      code: "Hi Jane,\n\nUtilizing Go, we utilize Kafka.\n",
      errors: [
        { messageId: "utilize", message: "Write 'Using' instead of 'Utilizing'", line: 3, column: 1, endColumn: 10 },
        { messageId: "utilize", message: "Write 'use' instead of 'utilize'", line: 3, column: 18, endColumn: 25 },
      ],
      output: "Hi Jane,\n\nUsing Go, we use Kafka.\n",
    },
    {
      name: "suggestions are offered, never applied by the fix",
      code: "Hi Jane,\n\nWe leverage Kafka.\n",
      errors: [
        {
          messageId: "leverage",
          line: 3,
          column: 4,
          endColumn: 12,
          suggestions: [
            { messageId: "useInstead", desc: "Replace with 'use'", output: "Hi Jane,\n\nWe use Kafka.\n" },
            { messageId: "useInstead", desc: "Replace with 'build on'", output: "Hi Jane,\n\nWe build on Kafka.\n" },
          ],
        },
      ],
      output: null,
    },
  ],
});
