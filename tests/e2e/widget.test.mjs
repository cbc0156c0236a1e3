// End-to-end: the widget bundle's JavaScript API, loaded from
// /bulletproof/widget.js the way a host page would.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openApp, startSite } from "./harness.mjs";

const site = startSite("dist");

const RESUME = [
  "EXPERIENCE",
  "Ingénieur 🚀, Acme — Jan 2020 – Present",
  "- Responsible for the 東京 billing API 🎉 used by 40 teams",
  "- Cut p99 latency from 480 ms to 120 ms on K8s (e\u0301quipe)",
  "- Moved 60 services 👩‍💻 to Postgres, saving $310k a year",
  "",
].join("\r\n");
// Kotlin, named in prose and in no curated list, is read with the generated
// names the loader fetches for the first job description; it is a plus.
const JD = "Rôle 🙂 backend: Kubernetes, PostgreSQL, Terraform and gRPC (東京). Knowing Kotlin is a plus.";

test("check() returns the report with UTF-16 spans that slice JavaScript strings", async () => {
  const { page, requests } = await openApp(site.browser, site.server.url);
  const result = await page.evaluate(
    async ([text, jd]) => {
      const api = await import("/bulletproof/widget.js");
      const r = await api.check(text, { jobDescription: jd, role: "backend", band: "5-8", today: "2026-11" });
      const slice = (s, t) => t.slice(s.start, s.end);
      return {
        unit: r.span_unit,
        version: api.version,
        weak: r.findings.filter((f) => f.rule === "verb/weak-opening").map((f) => slice(f.span, text)),
        metrics: r.bullets.flatMap((b) => b.metrics.map((m) => [m.text, slice(m.span, text)])),
        bullets: r.bullets.map((b) => [b.text, slice(b.span, text)]),
        inside: r.findings.every((f) => f.span.start <= f.span.end && f.span.end <= text.length),
        matched: r.tailoring.job.matched.flatMap((m) => m.places.map((p) => [p.text, slice(p.span, text)])),
        missing: r.tailoring.job.missing.map((m) => [m.term, slice(m.job_span, jd), m.required]),
        jdFindings: r.tailoring.job.findings.map((f) => slice(f.span, jd)),
        role: r.tailoring.role,
        themes: r.tailoring.themes.length,
      };
    },
    [RESUME, JD],
  );
  assert.equal(result.unit, "utf16");
  assert.match(result.version, /^[0-9a-f]{12}$/);
  assert.deepEqual(result.weak, ["Responsible for"]);
  assert.ok(result.metrics.length >= 4);
  for (const [want, got] of result.metrics) assert.equal(got, want);
  for (const [want, got] of result.bullets) assert.equal(got, want);
  assert.ok(result.inside);
  assert.deepEqual(result.matched, [["K8s", "K8s"], ["Postgres", "Postgres"]]);
  assert.deepEqual(result.missing, [["Terraform", "Terraform", true], ["gRPC", "gRPC", true], ["Kotlin", "Kotlin", false]]);
  assert.deepEqual(result.jdFindings, ["Terraform", "gRPC", "Kotlin"]);
  assert.ok(requests.some((u) => u.includes("/bulletproof/tech_names.txt?v=")), "the names came from beside the loader");
  assert.ok(requests.some((u) => u.includes("/bulletproof/api-lens_bg.wasm?v=")), "a job description's check() loads api-lens");
  assert.equal(result.role, "backend");
  assert.equal(result.themes, 4);
  // Only the page's and the bundle's own files were fetched.
  const origin = new URL(site.server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
  await page.close();
});

test("check() rejects bad options with a clear message", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  const errors = await page.evaluate(async () => {
    const { check } = await import("/bulletproof/widget.js");
    const out = [];
    for (const [text, options] of [
      ["x", { role: "wizard" }],
      ["x", { band: "4" }],
      ["x", { today: "soon" }],
      ["x", { jobDescriptoin: "typo" }],
      [42, {}],
      ["x", { rules: { "verb/weak-openin": "off" } }],
      ["x", { rules: { "verb/weak-opening": "loud" } }],
      ["x", { role: 5 }],
      ["x", { rules: ["off"] }],
      ["x", "backend"],
    ]) {
      try {
        await check(text, options);
        out.push("no error");
      } catch (e) {
        out.push(String(e.message ?? e));
      }
    }
    return out;
  });
  assert.match(errors[0], /unknown role "wizard"/);
  assert.match(errors[1], /unknown band "4"/);
  assert.match(errors[2], /today must be YYYY-MM/);
  assert.match(errors[3], /unknown option `jobDescriptoin`/);
  assert.match(errors[4], /text must be a string/);
  assert.match(errors[5], /unknown rule "verb\/weak-openin"; did you mean "verb\/weak-opening"\?/);
  assert.match(errors[6], /unknown level "loud"; use off, info, warning, error/);
  assert.match(errors[7], /role must be a string/);
  assert.match(errors[8], /rules must be an object/);
  assert.match(errors[9], /options must be an object/);
  await page.close();
});

test("check() honours inline disables in a source and the rules option", async () => {
  const { page, requests } = await openApp(site.browser, site.server.url);
  const md = [
    "## Experience",
    "",
    "### Engineer, Acme (2020 – Present)",
    "",
    "<!-- bulletproof-disable-next-line verb/weak-opening -->",
    "- Responsible for the billing API 🎉 of the payments team",
    "- Responsible for the on-call rota of the payments team",
    "",
  ].join("\n");
  const r = await page.evaluate(async (text) => {
    const { check } = await import("/bulletproof/widget.js");
    const lines = (rep, rule) => rep.findings.filter((f) => f.rule === rule).map((f) => f.line);
    const plain = await check(text, { today: "2026-11" });
    const ruled = await check(text, { today: "2026-11", rules: { "metrics/missing": "off", "verb/weak-opening": "error" } });
    return {
      weak: lines(plain, "verb/weak-opening"),
      missing: lines(plain, "metrics/missing"),
      ruledMissing: lines(ruled, "metrics/missing"),
      ruledSeverity: ruled.findings.filter((f) => f.rule === "verb/weak-opening").map((f) => f.severity),
    };
  }, md);
  assert.deepEqual(r.weak, [7]);
  assert.deepEqual(r.missing, [6, 7]);
  assert.deepEqual(r.ruledMissing, []);
  assert.deepEqual(r.ruledSeverity, ["error"]);
  // Without a job description or a role, check() loads the smaller `api`.
  assert.ok(requests.some((u) => u.includes("/bulletproof/api_bg.wasm?v=")));
  assert.ok(!requests.some((u) => u.includes("api-lens")), "no lens module for a plain check()");
  await page.close();
});

test("a real report type-checks against widget.d.ts, with no field missing or extra", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  const report = await page.evaluate(
    async ([text, jd]) => {
      const { check } = await import("/bulletproof/widget.js");
      return check(text, { jobDescription: jd, role: "sre", today: "2026-11" });
    },
    [RESUME + "SKILLS\r\nGo, Kubernetes\r\n", JD + " At least 5+ years of experience."],
  );
  await page.close();
  // Every optional part is present, so TypeScript sees every field.
  assert.ok(report.findings.length && report.priorities.length && report.tailoring.job.missing.length);
  assert.ok(report.tailoring.themes.length && report.tailoring.scope.length && report.stats.coverage.length);
  // An object literal assigned to a declared type: tsc rejects missing fields,
  // extra fields (excess property checks) and values outside the unions.
  const dir = mkdtempSync(join(tmpdir(), "bp-types-"));
  const types = resolve("assets/widget/widget.js");
  writeFileSync(
    join(dir, "report.ts"),
    `import type { Report, BulletproofCheckerElement } from ${JSON.stringify(types)};\n` +
      `export const report: Report = ${JSON.stringify(report, null, 1)};\n` +
      `export const el: BulletproofCheckerElement | null = document.querySelector("bulletproof-checker");\n`,
  );
  try {
    execFileSync(
      resolve("node_modules/.bin/tsc"),
      ["--noEmit", "--strict", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler", join(dir, "report.ts")],
      { encoding: "utf8" },
    );
  } catch (e) {
    assert.fail(`widget.d.ts does not describe the report:\n${e.stdout}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
