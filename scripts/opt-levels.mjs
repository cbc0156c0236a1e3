// The check() API module built at several opt-levels, timed side by side in
// one Node run (medians after warm-up, interleaved rounds so the machine's
// drift falls on every build alike).
//
//   node scripts/opt-levels.mjs DIR...   each DIR holds bulletproof/api.js + api_bg.wasm
//   node scripts/opt-levels.mjs --lens DIR...   each DIR holds bulletproof/api-lens.js,
//     api-lens_bg.wasm, tech_names.txt and jd_terms.txt: check() with a job
//     description (tests/tailoring/jd_payments_backend.txt), the job lexicon installed
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { edited, resumeOfWords } from "./resume-of-words.mjs";

const lens = process.argv[2] === "--lens";
const dirs = process.argv.slice(lens ? 3 : 2);
const name = lens ? "api-lens" : "api";
const options = { today: "2026-11" };
if (lens) {
  options.jobDescription = readFileSync(new URL("../tests/tailoring/jd_payments_backend.txt", import.meta.url), "utf8");
}
const builds = [];
for (const dir of dirs) {
  const api = await import(join(resolve(dir), "bulletproof", `${name}.js`));
  const wasm = readFileSync(join(dir, "bulletproof", `${name}_bg.wasm`));
  api.initSync({ module: wasm });
  if (lens) {
    const list = (file) => readFileSync(join(dir, "bulletproof", file), "utf8");
    if (!api.useJobLexicon(list("tech_names.txt"), list("jd_terms.txt"))) throw new Error(`${dir}: the job lexicon was not installed`);
  }
  builds.push({ dir, api, bytes: wasm.length, gz: gzipSync(wasm, { level: 9 }).length, t: {} });
}
const texts = { 2: resumeOfWords(1000), 10: resumeOfWords(5000) };
// A build whose check() returns the report as a JSON string is timed with
// the JSON.parse a page would need.
for (const b of builds) {
  const check = b.api.check;
  b.api = { check: (text, options) => { const r = check(text, options); return typeof r === "string" ? JSON.parse(r) : r; } };
}
for (const b of builds) for (let i = 0; i < 40; i++) b.api.check(edited(texts[2], i), options);
// Each size checked again as it was (check() keeps its last text's blocks
// since issue 16) and edited before each check.
const columns = ["2 again", "2 edited", "10 again", "10 edited"];
let run = 0;
for (let round = 0; round < 10; round++) {
  for (const b of builds) {
    for (const column of columns) {
      const [pages, kind] = column.split(" ");
      b.t[column] ??= [];
      for (let i = 0; i < 10; i++) {
        const text = kind === "again" ? texts[pages] : edited(texts[pages], run++);
        const t0 = performance.now();
        b.api.check(text, options);
        b.t[column].push(performance.now() - t0);
      }
    }
  }
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const heads = columns.map((c) => c.replace(" ", " pages, "));
console.log(`| build | wasm | gzip -9 | ${heads.join(" | ")} |\n| --- | --- | --- |${" --- |".repeat(columns.length)}`);
for (const b of builds) {
  const times = columns.map((c) => `${median(b.t[c]).toFixed(2)} ms`);
  console.log(`| ${b.dir} | ${(b.bytes / 1024).toFixed(1)} KB | ${(b.gz / 1024).toFixed(1)} KB | ${times.join(" | ")} |`);
}
