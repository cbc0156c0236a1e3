// The CLI's SARIF output against the published SARIF 2.1.0 schema (the
// rtm.5 schema shipped in npm's @microsoft/jest-sarif; draft-04, so Ajv's
// draft-04 class, with the uri and date-time formats checked).
// Run: node --test tests/sarif.test.mjs (after `cargo build --bin bulletproof`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
);
// The schema's language pattern has a stray "]", an error in a Unicode-mode
// RegExp: compile its patterns without the u flag, as draft-04 tools did.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const root = resolve(import.meta.dirname, "..");
execFileSync("cargo", ["build", "--quiet", "--bin", "bulletproof"], { cwd: root, stdio: "inherit" });
const bin = join(root, "target", "debug", "bulletproof");

const LATEX = String.raw`\documentclass{article}
\begin{document}
\section{Experience}
\textbf{Backend Engineer} \hfill Acme \hfill Jan 2020 -- Present
\begin{itemize}
\item Responsible for the on-call rota of the 東京 payments team 🚀
% bulletproof-disable-next-line verb/weak-openin
\item Utilized Kafka to leverage synergy across teams
\item Cut p99 latency from 900 ms to 120 ms by sharding the ledger across 12 nodes
\end{itemize}
\end{document}
`;
const MARKDOWN = "## Experience\r\n\r\n### Engineer, Acme (2020 – Present)\r\n\r\n- I was responsible for the billing API\r\n- Cut p99 latency from 480 ms to 120 ms\r\n";
const JD = "Backend engineer: Kubernetes, PostgreSQL, Terraform and gRPC.\n";

function run(dir, args) {
  const r = spawnSync(bin, args, { cwd: dir, encoding: "utf8" });
  assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

test("SARIF output is valid against the 2.1.0 schema, and each region is the finding's text", () => {
  const dir = mkdtempSync(join(tmpdir(), "bp-sarif-"));
  try {
    writeFileSync(join(dir, "résumé one.tex"), LATEX);
    writeFileSync(join(dir, "resume.md"), MARKDOWN);
    writeFileSync(join(dir, "jd.txt"), JD);
    const log = run(dir, ["check", "résumé one.tex", "resume.md", "--format", "sarif", "--jd", "jd.txt", "--today", "2026-11"]);
    const ok = validate(log);
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, "2.1.0");
    const run0 = log.runs[0];
    assert.equal(run0.columnKind, "unicodeCodePoints");
    const rules = run0.tool.driver.rules;
    assert.ok(rules.some((r) => r.id === "verb/weak-opening" && r.defaultConfiguration.level === "warning"));
    for (const r of run0.results) {
      assert.equal(rules[r.ruleIndex].id, r.ruleId);
    }
    // The region of each result, read back from the file, is what the finding is about.
    const texts = { "r%C3%A9sum%C3%A9%20one.tex": LATEX, "resume.md": MARKDOWN, "jd.txt": JD };
    const slice = (text, region) => {
      const lines = text.split(/\r\n|\n|\r/);
      const cp = (line) => [...lines[line - 1]];
      if (region.startLine === region.endLine) {
        return cp(region.startLine).slice(region.startColumn - 1, region.endColumn - 1).join("");
      }
      return cp(region.startLine).slice(region.startColumn - 1).join("");
    };
    const at = (rule, uri) =>
      run0.results
        .filter((r) => r.ruleId === rule && r.locations[0].physicalLocation.artifactLocation.uri === uri)
        .map((r) => slice(texts[uri], r.locations[0].physicalLocation.region));
    assert.deepEqual(at("verb/weak-opening", "r%C3%A9sum%C3%A9%20one.tex"), ["Responsible for"]);
    assert.deepEqual(at("disable/invalid", "r%C3%A9sum%C3%A9%20one.tex"), ["verb/weak-openin"]);
    assert.ok(at("style/filler", "r%C3%A9sum%C3%A9%20one.tex").includes("synergy"));
    assert.deepEqual(at("style/first-person", "resume.md"), ["I"]);
    assert.ok(at("jd/missing-keyword", "jd.txt").includes("Terraform"), JSON.stringify(at("jd/missing-keyword", "jd.txt")));
    // A one-click replacement travels as a fix.
    const fixed = run0.results.find((r) => r.fixes);
    if (fixed) {
      assert.ok(fixed.fixes[0].artifactChanges[0].replacements[0].insertedContent.text.length > 0);
    }
    assert.deepEqual(run0.properties.scores.map((s) => s.file), ["résumé one.tex", "resume.md"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the schema check is not vacuous: broken logs fail it", () => {
  const dir = mkdtempSync(join(tmpdir(), "bp-sarif-"));
  try {
    writeFileSync(join(dir, "resume.md"), MARKDOWN);
    const log = run(dir, ["check", "resume.md", "--format", "sarif"]);
    assert.ok(validate(log));
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = "severe";
    assert.equal(validate(broken), false);
    const noRegionLine = structuredClone(log);
    noRegionLine.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(noRegionLine), false);
    const extra = structuredClone(log);
    extra.runs[0].tool.driver.colour = "red";
    assert.equal(validate(extra), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
