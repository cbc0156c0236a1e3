// Builds the embeddable widget beside the app, into <dir>/bulletproof/:
// widget.js (the loader: a stable name, the one file a page includes),
// core.js and core_bg.wasm (versioned by a query string), widget.d.ts.
// Run by the post-build hook for release builds, or as
//   node scripts/build-widget.mjs dist
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, rmSync, copyFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? "dist";
const out = join(dir, "bulletproof");
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });

run("cargo", [
  "build", "--release", "--offline", "--target", "wasm32-unknown-unknown",
  "--bin", "bulletproof-widget", "--features", "widget",
]);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
run("wasm-bindgen", [
  "--target", "web", "--no-typescript", "--out-dir", out, "--out-name", "core",
  "target/wasm32-unknown-unknown/release/bulletproof-widget.wasm",
]);
const wasm = join(out, "core_bg.wasm");
run("wasm-opt", [
  "-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", wasm, "-o", wasm,
]);
const { minify } = await import("terser");
const glue = join(out, "core.js");
const min = await minify(readFileSync(glue, "utf8"), {
  module: true,
  compress: { passes: 2 },
  mangle: { toplevel: true },
});
writeFileSync(glue, min.code);
const version = createHash("sha256").update(readFileSync(wasm)).update(min.code).digest("hex").slice(0, 12);
const loader = readFileSync("assets/widget/widget.js", "utf8").replaceAll("__VERSION__", version);
writeFileSync(join(out, "widget.js"), (await minify(loader, { module: true })).code);
copyFileSync("assets/widget/widget.d.ts", join(out, "widget.d.ts"));
console.log(`build-widget: ${out} (version ${version})`);
