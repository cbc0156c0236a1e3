// The check() API module built at several opt-levels, timed side by side in
// one Node run (medians after warm-up, interleaved rounds so the machine's
// drift falls on every build alike).
//
//   node scripts/opt-levels.mjs DIR...   each DIR holds bulletproof/api.js + api_bg.wasm
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { edited, resumeOfWords } from "./resume-of-words.mjs";

const dirs = process.argv.slice(2);
const builds = [];
for (const dir of dirs) {
  const api = await import(join(resolve(dir), "bulletproof", "api.js"));
  const wasm = readFileSync(join(dir, "bulletproof", "api_bg.wasm"));
  api.initSync({ module: wasm });
  builds.push({ dir, api, bytes: wasm.length, gz: gzipSync(wasm, { level: 9 }).length, t: {} });
}
const texts = { 2: resumeOfWords(1000), 10: resumeOfWords(5000) };
// A build whose check() returns the report as a JSON string is timed with
// the JSON.parse a page would need.
for (const b of builds) {
  const check = b.api.check;
  b.api = { check: (text, options) => { const r = check(text, options); return typeof r === "string" ? JSON.parse(r) : r; } };
}
for (const b of builds) for (let i = 0; i < 40; i++) b.api.check(edited(texts[2], i), { today: "2026-11" });
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
        b.api.check(text, { today: "2026-11" });
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
