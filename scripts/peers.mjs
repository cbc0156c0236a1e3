// Bulletproof's shipped check() against its peers, in one Node run, on the
// same 1-, 2- and 10-page resumes: write-good (npm, plain JavaScript) and
// harper.js (npm, Rust in wasm, the grammar checker). Medians after warm-up.
//
//   ./scripts/build.sh && node scripts/peers.mjs [dist] [--runs N]
//
// check() is the widget bundle's `api` module (dist/bulletproof/api.js and
// its wasm), initialised from the file, called as a page calls it (the
// report as JavaScript objects, spans in UTF-16).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { performance } from "node:perf_hooks";
import writeGood from "write-good";
import { LocalLinter } from "harper.js";
import { binaryInlined } from "harper.js/binaryInlined";
import { edited, resumeOfWords, typed } from "./resume-of-words.mjs";

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith("--")) ?? "dist";
const runs = Number(args[args.indexOf("--runs") + 1] || 0) || 30;
const WARM_MS = 2000;
const WARM_CHECKS = 30;

const api = await import(join(process.cwd(), dist, "bulletproof", "api.js"));
api.initSync({ module: readFileSync(join(dist, "bulletproof", "api_bg.wasm")) });
const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();

// A full collection before each checker's turn at each size, so none pays
// for the garbage another left: in one run without this, harper.js's
// objects made check()'s 10-page edited checks 2.31-2.35 ms against 1.70
// with harper.js loaded but not called (BENCHMARKS.md, "issue 16, twelfth
// session"). Not inside a series: V8 then shrinks its young generation and
// the next checks of every checker collect more often.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc");

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// harper.js keeps what it found for each chunk of text between calls
// (harper-core's LintGroup cache), so the same text checked again costs it
// a fifth of a first check, and check() too reuses the blocks its last call
// saw; one key typed (`typed`) leaves all but one bullet as they were, and
// an edited text (`edited`: every number changed) gains from neither. All
// three are timed, for every checker alike.

async function time(fn, text) {
  // Warm-up on this size's text, every checker alike. check()'s first ten
  // to twenty checks after checking another text run slower (2 pages again:
  // 0.45 ms, then 0.30, in one Node run without the peers): five left
  // that transient in the "again" medians.
  collect();
  for (let i = 0; i < WARM_CHECKS; i++) await fn(text);
  const same = [];
  const key = [];
  const fresh = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(text);
    same.push(performance.now() - t0);
  }
  // Each run types one key more into the text the run before it checked.
  let next = text;
  for (let i = 0; i < runs; i++) {
    next = typed(next, i);
    const t0 = performance.now();
    await fn(next);
    key.push(performance.now() - t0);
  }
  for (let i = 0; i < runs; i++) {
    const next = edited(text, i);
    const t0 = performance.now();
    await fn(next);
    fresh.push(performance.now() - t0);
  }
  return { same: median(same), typed: median(key), edited: median(fresh) };
}

const checkers = {
  bulletproof: (text) => api.check(text, { today: "2026-11" }),
  "write-good": (text) => writeGood(text),
  "harper.js": (text) => harper.lint(text),
};

// Warm every checker up on a 2-page resume first, so the first size measured
// does not pay for the wasm engines' and the JIT's tier-up: for 40 checks
// and at least WARM_MS each. V8 moves a wasm function from its baseline
// compiler to its optimising one only once it has run enough: check() alone,
// timed on 2 pages after forty 2-page checks, took 0.45 ms, and after 300,
// 0.30-0.32 ms (every checker is warmed alike).
for (const fn of Object.values(checkers)) {
  const warm = resumeOfWords(1000);
  const until = performance.now() + WARM_MS;
  for (let i = 0; i < 40 || performance.now() < until; i++) await fn(edited(warm, 1000 + i));
}

const rows = [];
for (const [pages, words] of [
  [1, 500],
  [2, 1000],
  [10, 5000],
]) {
  const text = resumeOfWords(words);
  const row = { pages, words: text.split(/\s+/).length };
  for (const [name, fn] of Object.entries(checkers)) row[name] = await time(fn, text);
  rows.push(row);
}

console.log(`medians of ${runs} runs (after warming each checker up on 2 pages for 40 checks and ${WARM_MS / 1000} s, and ${WARM_CHECKS} checks of each size), Node ${process.version}`);
const HEADS = {
  same: "the same text again:",
  typed: "one key typed before each check (in a different bullet each time):",
  edited: "a text edited before each check (every number changed):",
};
for (const kind of ["same", "typed", "edited"]) {
  console.log(HEADS[kind]);
  console.log("pages  words  bulletproof  write-good  harper.js  write-good/bp  harper/bp");
  for (const r of rows) {
    const bp = r.bulletproof[kind];
    const wg = r["write-good"][kind];
    const hp = r["harper.js"][kind];
    console.log(
      [
        String(r.pages).padStart(5),
        String(r.words).padStart(6),
        `${bp.toFixed(2)} ms`.padStart(12),
        `${wg.toFixed(2)} ms`.padStart(11),
        `${hp.toFixed(2)} ms`.padStart(10),
        `${(wg / bp).toFixed(1)}×`.padStart(14),
        `${(hp / bp).toFixed(1)}×`.padStart(10),
      ].join(" "),
    );
  }
}
