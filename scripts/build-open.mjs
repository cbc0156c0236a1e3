// Builds the open-file module into <dir>/open/: open.js (loaded the first
// time a file is opened), worker.js (the worker that reads PDF and DOCX),
// extract.js + extract_bg.wasm (src/extract/: PDF layout, DOCX), and pdf.js
// (pdfjs-dist from npm: pdf.min.mjs, pdf.worker.min.mjs, its licence).
// None of it is part of the first load. Run by the post-build hook for every
// build, or as
//   node scripts/build-open.mjs dist [--release]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, rmSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { releaseEnv } from "./wasm-release-env.mjs";
import { stripCustomSections, dropUnusedExports, withoutUnusedClasses } from "./wasm-strip.mjs";
import { createRequire } from "node:module";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const release = process.argv.includes("--release") || process.env.TRUNK_PROFILE === "release";
const out = join(dir, "open");
const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env });

// The extract wasm: the engine's document model is not in it, only the
// readers it needs (no clap, no UI).
run("cargo", [
  "build", ...(release ? ["--release"] : []), "--offline", "--target", "wasm32-unknown-unknown",
  "--bin", "bulletproof-extract", "--no-default-features", "--features", "extract-wasm",
], release ? releaseEnv() : process.env);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
run("wasm-bindgen", [
  "--target", "web", "--no-typescript", "--out-dir", out, "--out-name", "extract",
  dropUnusedExports(
    `target/wasm32-unknown-unknown/${release ? "release" : "debug"}/bulletproof-extract.wasm`,
    `target/wasm32-unknown-unknown/${release ? "release" : "debug"}/bulletproof-extract.lean.wasm`,
  ),
]);
const { minify } = await import("terser");
if (release) {
  const wasm = join(out, "extract_bg.wasm");
  run("wasm-opt", [
    "-Oz", "--zero-filled-memory", "--low-memory-unused", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
    "--enable-mutable-globals", "--enable-reference-types", wasm, "-o", wasm,
  ]);
  stripCustomSections(wasm);
}
for (const name of ["extract.js", "../../assets/open/open.js", "../../assets/open/worker.js", "../../assets/open/attach.js"]) {
  const src = name.startsWith("../") ? join("assets/open", name.split("/").pop()) : join(out, name);
  const glue = readFileSync(src, "utf8");
  const code = name === "extract.js" ? withoutUnusedClasses(glue) : glue;
  const target = join(out, name.split("/").pop());
  writeFileSync(target, release ? (await minify(code, { module: true, compress: { passes: 2 }, mangle: { toplevel: true } })).code : code);
}
// pdf.js, as published (already minified), with its licence.
const require = createRequire(import.meta.url);
const pdfjs = join(require.resolve("pdfjs-dist/package.json"), "..");
for (const file of ["build/pdf.min.mjs", "build/pdf.worker.min.mjs", "LICENSE"]) {
  copyFileSync(join(pdfjs, file), join(out, file.split("/").pop().replace("LICENSE", "pdfjs-LICENSE.txt")));
}
console.log(`build-open: ${out}`);
