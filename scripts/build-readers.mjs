// Builds the source readers' wasm module into <dir>/readers/ (readers.js +
// readers_bg.wasm): LaTeX, Markdown, JSON Resume and PDF-copy text, loaded by
// the app (assets/readers.js) and the element (widget.js) the first time a
// text needs them. Run by the post-build hook for every build (optimized in
// release builds), or as
//   node scripts/build-readers.mjs dist [--release]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const release = process.argv.includes("--release") || process.env.TRUNK_PROFILE === "release";
const out = join(dir, "readers");
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });

run("cargo", [
  "build", ...(release ? ["--release"] : []), "--offline", "--target", "wasm32-unknown-unknown",
  "--bin", "bulletproof-readers",
]);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const profile = release ? "release" : "debug";
run("wasm-bindgen", [
  "--target", "web", "--no-typescript", "--out-dir", out, "--out-name", "readers",
  `target/wasm32-unknown-unknown/${profile}/bulletproof-readers.wasm`,
]);
if (release) {
  const wasm = join(out, "readers_bg.wasm");
  run("wasm-opt", [
    "-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
    "--enable-mutable-globals", "--enable-reference-types", wasm, "-o", wasm,
  ]);
  const { minify } = await import("terser");
  const glue = join(out, "readers.js");
  const min = await minify(readFileSync(glue, "utf8"), { module: true, mangle: { toplevel: true } });
  writeFileSync(glue, min.code);
}
console.log(`build-readers: ${out}`);
