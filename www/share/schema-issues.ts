// A schema's refusal of a link, in words: which field, and what is wrong.
import * as v from "valibot";

export function problems(issues: v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = v.getDotPath(first) ?? "";
  const where = path ? ` at ${path}` : "";
  return first.kind === "schema" && first.expected === "never"
    ? `the link has a field this page does not know: ${path || first.input}`
    : `the link has a bad value${where} (${first.message})`;
}
