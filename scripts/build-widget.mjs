// Builds the embeddable widget beside the app, into <dir>/bulletproof/:
// widget.js (the loader: a stable name, the one file a page includes);
// ui.js + ui_bg.wasm (the element), api.js + api_bg.wasm (check()) and
// widget.css, all loaded with the build's version as a query string;
// widget.d.ts.
// Run by the post-build hook for release builds, or as
//   node scripts/build-widget.mjs dist
import { compactLexicon, withJobLists } from "./lexicon/compact.mjs";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, rmSync, copyFileSync, cpSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { releaseEnv } from "./wasm-release-env.mjs";
import { stripCustomSections, dropUnusedExports, withoutUnusedClasses } from "./wasm-strip.mjs";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const out = join(dir, "bulletproof");
// Memory starts zero-filled and Rust never uses its first kilobyte: wasm-opt
// may drop zero bytes from data segments and fold low addresses (0.4 KB gz).
const WASM_OPT = ["-Oz", "--flatten", "--rereloop", "-Oz", "-Oz", "--converge", "--zero-filled-memory", "--low-memory-unused"];
const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env });

// Three wasm modules: `ui` and `ui-lens` (the <bulletproof-checker>
// element: the app's checker and view) and `api` (`check()`: the engine and
// the report's tape, crates/api, no view). A page with the element never fetches the
// API's module, and a page calling check() never fetches the view's.
// The element is built without the source readers (it reads text). `ui` is
// also built without job-description matching and the role lens: the
// loader fetches `ui-lens` instead for an element with a role, or moves to
// it the first time the reader picks a role or types a job description.
// check() reads every source format; `api` is built without the lens too,
// and the loader fetches `api-lens` for a check() with a job description
// or a role.
// The element's modules and `api-lens` are built for size; `api` with the
// profile that builds its engine for speed (Cargo.toml's `release-api`;
// `release-api-lens` is the release profile's size, see its comment).
// check()'s `api` skips the size passes: after a build at opt-level 2 they
// take 4 KB off and make an edited check 5-10% slower; -O1 takes 4 KB off
// at no cost in speed (BENCHMARKS.md, "issue 16, twelfth session").
const SPEED_OPT = ["-O1", "--zero-filled-memory", "--low-memory-unused"];
const BUILDS = [
  ["bulletproof-widget", "ui", "release", ["--no-default-features"], WASM_OPT],
  ["bulletproof-widget", "ui-lens", "release", ["--no-default-features", "--features", "lens"], WASM_OPT],
  ["bulletproof-api", "api", "release-api", ["-p", "bulletproof-api", "--no-default-features", "--features", "readers"], SPEED_OPT],
  ["bulletproof-api", "api-lens", "release-api-lens", ["-p", "bulletproof-api"], WASM_OPT],
];
// A module the Rust imports JavaScript from (`#[wasm_bindgen(module = …)]`,
// crates/api/src/tape.rs's report reader) is written under snippets/ and imported by
// the glue; it goes into the glue instead, so check() costs no extra request.
function inlineSnippets(code) {
  const imports = /^import \{ ([\w, ]+) \} from '\.\/(snippets\/[^']+)';\n/gm;
  const inlined = code.replace(imports, (_, names, path) => {
    const snippet = readFileSync(join(out, path), "utf8");
    for (const n of names.split(", ")) {
      if (!new RegExp(`^export function ${n}\\(`, "m").test(snippet)) {
        throw new Error(`build-widget: ${path} exports no function ${n}`);
      }
    }
    return snippet.replace(/^export function /gm, "function ");
  });
  if (inlined.includes("./snippets/")) throw new Error("build-widget: a snippet import was not inlined");
  rmSync(join(out, "snippets"), { recursive: true, force: true });
  return inlined;
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const { minify } = await import("terser");
const hash = createHash("sha256");
for (const [bin, name, profile, features, passes] of BUILDS) {
  // Each build is bound right away: the two element builds share a binary.
  run("cargo", ["build", "--profile", profile, "--offline", "--target", "wasm32-unknown-unknown", "--bin", bin, ...features], releaseEnv());
  const built = `target/wasm32-unknown-unknown/${profile}/${bin}`;
  run("wasm-bindgen", [
    "--target", "web", "--no-typescript", "--out-dir", out, "--out-name", name,
    dropUnusedExports(`${built}.wasm`, `${built}.lean.wasm`),
  ]);
  const wasm = join(out, `${name}_bg.wasm`);
  // Flattening and re-looping before two -Oz rounds, repeated until nothing
  // shrinks, takes 1.3 KB gzipped more off the element's module than -Oz
  // alone (20 s instead of 6; same passes as index.html's for the app).
  run("wasm-opt", [
    ...passes, "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
    "--enable-mutable-globals", "--enable-reference-types", wasm, "-o", wasm,
  ]);
  stripCustomSections(wasm);
  const glue = join(out, `${name}.js`);
  const min = await minify(withoutUnusedClasses(inlineSnippets(readFileSync(glue, "utf8"))), {
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    mangle: { toplevel: true },
  });
  writeFileSync(glue, min.code);
  hash.update(readFileSync(wasm)).update(min.code);
}
// The app's stylesheet plus the widget's own rules, with rem turned into the
// widget's unit (a host's `html { font-size: 10px }` must not shrink it),
// then minified by CSSO (shorter values, merged rules).
// Rules main.css marks `/* app-only … */ … /* end app-only */` (the page's
// header, the update offer, an opened file's notes) are not the widget's.
const appOnly = /\/\* app-only\b[\s\S]*?\/\* end app-only \*\//g;
const main = readFileSync("style/main.css", "utf8");
if ((main.match(appOnly) ?? []).length !== (main.match(/\/\* app-only\b/g) ?? []).length) {
  throw new Error("build-widget: an app-only block in main.css is not closed");
}
const source = (main.replace(appOnly, "") + readFileSync("assets/widget/widget.css", "utf8"))
  .replace(/\/\*[\s\S]*?\*\//g, "");
// var() is not allowed in a media or container query's condition.
if (/@(container|media)[^{]*rem\b/.test(source)) throw new Error("build-widget: rem in a query condition");
const css = source
  // A number right before "rem", not part of a word ("-0.5rem" keeps its sign).
  .replace(/(?<![\w.-])(-?\d*\.?\d+)rem\b/g, "calc($1 * var(--rem))")
  .replace(/\s+/g, " ")
  .replace(/ ?([{};,>]) ?/g, "$1")
  .trim();
if (/\drem\b/.test(css)) throw new Error("build-widget: a rem unit survived");
if (/\w-?calc\(/.test(css)) throw new Error("build-widget: a rem rewrite broke a word");
const { minify: minifyCss } = await import("csso");
const minified = minifyCss(css).css;
writeFileSync(join(out, "widget.css"), minified + "\n");
// The sample resume, for a widget with `sample` only: fetched by the loader
// beside the element's module instead of being built into its wasm.
const sample = readFileSync("src/sample_resume.txt");
writeFileSync(join(out, "sample.txt"), sample);
// The job lexicon (the generated technology names and the long tail of
// practices), fetched by the loader with the lens or the API's first job
// description (not built into the wasm).
const names = compactLexicon(readFileSync("crates/engine/data/tech_names.txt", "utf8"));
const terms = withJobLists(compactLexicon(readFileSync("crates/engine/data/jd_terms.txt", "utf8")), (p) => readFileSync(p, "utf8"));
writeFileSync(join(out, "tech_names.txt"), names);
writeFileSync(join(out, "jd_terms.txt"), terms);
const version = hash.update(css).update(sample).update(names).update(terms).digest("hex").slice(0, 12);
const loader = readFileSync("assets/widget/widget.js", "utf8").replaceAll("__VERSION__", version);
writeFileSync(
  join(out, "widget.js"),
  (await minify(loader, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: { toplevel: true } })).code,
);
copyFileSync("assets/widget/widget.d.ts", join(out, "widget.d.ts"));
// Hints a page may put in its <head> so the element's files download while
// the page is still being read, not after widget.js has run: the loader,
// the view's glue and wasm, the stylesheet. They name this build's version;
// the post-build hook puts them in the demo's <head>.
// preload.html for an element without a role, preload-lens.html for one with
// (target-role, or a saved role or job description: it loads `ui-lens`).
for (const [file, ui] of [["preload.html", "ui"], ["preload-lens.html", "ui-lens"]]) {
  writeFileSync(
    join(out, file),
    [
      `<link rel="modulepreload" href="/bulletproof/widget.js">`,
      `<link rel="modulepreload" href="/bulletproof/${ui}.js?v=${version}">`,
      `<link rel="preload" href="/bulletproof/${ui}_bg.wasm?v=${version}" as="fetch" type="application/wasm" crossorigin>`,
      `<link rel="preload" href="/bulletproof/widget.css?v=${version}" as="style">`,
    ].join("\n") + "\n",
  );
}
// The open-file module (built by build-open.mjs into <dir>/open/), for a
// widget with `open-files`; loaded only by such a widget, on first use.
cpSync(join(dir, "open"), join(out, "open"), { recursive: true });
console.log(`build-widget: ${out} (version ${version})`);
