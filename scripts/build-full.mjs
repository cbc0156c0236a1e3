// Builds the full app into <dir>/full/ (app.js + app_bg.wasm): the same app
// as the first load, built with the source readers (LaTeX, Markdown, JSON
// Resume, PDF-copy text). The first load fetches it the first time a text
// needs a reader (assets/pwa.js) and it takes over the page. Run by the
// post-build hook for every build (optimized in release builds), or as
//   node scripts/build-full.mjs dist [--release]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { releaseEnv } from "./wasm-release-env.mjs";
import { stripCustomSections, dropUnusedExports, withoutUnusedClasses } from "./wasm-strip.mjs";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const release = process.argv.includes("--release") || process.env.TRUNK_PROFILE === "release";
const out = join(dir, "full");
const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env });

// The same target directory as Trunk's build: the dependencies are shared,
// and cargo keeps the crate's artifacts for each feature set apart (only the
// final .wasm is overwritten, after Trunk has taken its copy).
const target = "target";
run("cargo", [
  "build", ...(release ? ["--release"] : []), "--offline", "--target", "wasm32-unknown-unknown",
  "--bin", "bulletproof-app",
], release ? releaseEnv() : process.env);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
run("wasm-bindgen", [
  "--target", "web", "--no-typescript", "--out-dir", out, "--out-name", "app",
  dropUnusedExports(
    `${target}/wasm32-unknown-unknown/${release ? "release" : "debug"}/bulletproof-app.wasm`,
    `${target}/wasm32-unknown-unknown/${release ? "release" : "debug"}/bulletproof-app.lean.wasm`,
  ),
]);
if (release) {
  const wasm = join(out, "app_bg.wasm");
  // The first load's passes (index.html), so the two stay alike.
  run("wasm-opt", [
    "--flatten", "--rereloop", "-Oz", "-Oz", "--converge", "--zero-filled-memory", "--low-memory-unused", "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals",
    "--enable-reference-types", wasm, "-o", wasm,
  ]);
  stripCustomSections(wasm);
  const { minify } = await import("terser");
  const glue = join(out, "app.js");
  const min = await minify(withoutUnusedClasses(readFileSync(glue, "utf8")), { module: true, compress: { passes: 2 }, mangle: { toplevel: true } });
  writeFileSync(glue, min.code);
}
console.log(`build-full: ${out}`);
