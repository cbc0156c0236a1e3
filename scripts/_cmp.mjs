import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { resumeOfWords } from "./resume-of-words.mjs";
function edited(text, run) { let k = 0; return text.replace(/\b\d+\b/g, (m) => String(Number(m) + 7 * (run + 1) + (k++ % 97) * 1000)); }
const builds = [];
for (const dir of process.argv.slice(2)) {
  const api = await import(join(resolve(dir), "bulletproof", "api.js"));
  const wasm = readFileSync(join(dir, "bulletproof", "api_bg.wasm"));
  api.initSync({ module: wasm });
  builds.push({ dir, api, gz: gzipSync(wasm, { level: 9 }).length, t: {} });
}
const texts = { 2: resumeOfWords(1000), 10: resumeOfWords(5000) };
for (const b of builds) for (let i = 0; i < 40; i++) b.api.check(edited(texts[2], i), { today: "2026-11" });
let run = 0;
for (let round = 0; round < 10; round++) for (const b of builds) for (const p of [2, 10]) for (const kind of ["same", "edited"]) {
  const key = `${p} ${kind}`; b.t[key] ??= [];
  for (let i = 0; i < 10; i++) {
    const text = kind === "same" ? texts[p] : edited(texts[p], run++);
    const t0 = performance.now(); b.api.check(text, { today: "2026-11" }); b.t[key].push(performance.now() - t0);
  }
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const keys = Object.keys(builds[0].t);
console.log(`| build | gzip -9 | ${keys.join(" | ")} |`);
for (const b of builds) console.log(`| ${b.dir} | ${(b.gz / 1024).toFixed(1)} KB | ${keys.map((k) => median(b.t[k]).toFixed(2) + " ms").join(" | ")} |`);
