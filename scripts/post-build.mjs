// Trunk post-build hook: make the page work under a strict Content Security
// Policy with no 'unsafe-inline'. Trunk writes its bootstrap as an inline
// <script type="module">; this moves it into a file of its own (named by its
// hash) and puts the policy in a <meta> at the top of <head>.
import { compactLexicon, withJobLists } from "./lexicon/compact.mjs";
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync, cpSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { withoutCustomSections, withoutExports, withoutUnusedClasses } from "./wasm-strip.mjs";

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("post-build: run by Trunk (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
// The job lexicon's two files, compacted as served (no comments, no
// padding): 1.5 KB gzipped less to fetch. The terms carry the lists only a
// job description reads, which the wasm does not.
const read = (path) => readFileSync(path, "utf8");
for (const name of ["tech_names.txt", "jd_terms.txt"]) {
  const path = join(dir, name);
  if (!existsSync(path)) continue;
  const compact = compactLexicon(read(path));
  writeFileSync(path, name === "jd_terms.txt" ? withJobLists(compact, read) : compact);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
let moved = 0;
html = html.replace(/<script type=["']?module["']?>([\s\S]*?)<\/script>/g, (_, code) => {
  const name = `boot-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
  writeFileSync(join(dir, name), code);
  moved += 1;
  return `<script type="module" src="/${name}"></script>`;
});
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error("post-build: an inline script is left in index.html; the CSP would block it");
  process.exit(1);
}
// Right after <meta charset>, before anything that loads (the minified page
// has no <head> tag to anchor on).
const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP}">`;
const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i;
if (!charset.test(html)) {
  console.error("post-build: no <meta charset> to put the CSP after");
  process.exit(1);
}
html = html.replace(charset, (m) => m + meta);

// Minify wasm-bindgen's JS glue (Trunk leaves it as generated: 41 KB, 7.8 KB
// gzipped; minified 6 KB gzipped) and pwa.js (Trunk's minifier cannot
// read its dynamic import), then fix their integrity hashes in the page.
// A release build outside scripts/build.sh (or serve.sh --release) built the
// first load's wasm without the release environment: it works, but is about
// 19 KB gzipped heavier than what ships and measures.
if (process.env.TRUNK_PROFILE === "release" && !process.env.CARGO_UNSTABLE_BUILD_STD) {
  console.warn("post-build: warning: a release build without scripts/wasm-release.env; use ./scripts/build.sh");
}
if (process.env.TRUNK_PROFILE === "release") {
  const { minify } = await import("terser");
  for (const name of readdirSync(dir).filter((n) => /^(bulletproof-app|pwa)-[0-9a-f]+\.js$/.test(n))) {
    const path = join(dir, name);
    const before = readFileSync(path, "utf8");
    const source = name.startsWith("bulletproof-app-") ? withoutUnusedClasses(before) : before;
    const { code } = await minify(source, {
      module: true,
      compress: { passes: 2 },
      mangle: { toplevel: true },
    });
    writeFileSync(path, code);
    const sri = (b) => "sha384-" + createHash("sha384").update(b).digest("base64");
    const old = sri(before);
    if (!html.includes(old)) {
      console.error(`post-build: no integrity hash for ${name} in index.html`);
      process.exit(1);
    }
    html = html.replace(old, sri(code));
    console.log(`post-build: minified ${name} (${before.length} -> ${code.length} bytes)`);
  }
  // The wasm without the exports no page calls (wasm-strip.mjs; Trunk ran
  // wasm-bindgen already, so wasm-opt clears what they kept alive: 1.6 KB
  // gzipped) and without its custom sections, its hash fixed too.
  for (const name of readdirSync(dir).filter((n) => /^bulletproof-app-[0-9a-f]+_bg\.wasm$/.test(n))) {
    const path = join(dir, name);
    const before = readFileSync(path);
    const lean = withoutExports(before);
    if (lean.dropped > 0) {
      writeFileSync(path, lean.bytes);
      const { execFileSync } = await import("node:child_process");
      execFileSync("wasm-opt", [
        "-Oz", "--zero-filled-memory", "--low-memory-unused", "--enable-bulk-memory", "--enable-nontrapping-float-to-int",
        "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue", path, "-o", path,
      ], { stdio: "inherit" });
    }
    const after = withoutCustomSections(readFileSync(path));
    writeFileSync(path, after);
    const sri = (b) => "sha384-" + createHash("sha384").update(b).digest("base64");
    if (!html.includes(sri(before))) {
      console.error(`post-build: no integrity hash for ${name} in index.html`);
      process.exit(1);
    }
    html = html.replace(sri(before), sri(after));
    console.log(`post-build: ${name} without ${lean.dropped} unused exports and custom sections (${before.length - after.length} bytes)`);
  }
}
writeFileSync(file, html);

// A release build also writes the embeddable widget beside the app, and the
// demo page that embeds it (a blog article with hostile CSS and a strict
// CSP: /demo/).
// The full app (the same app with the source readers, loaded the first time
// a text needs one) and the open-file module (loaded the first time a file
// is opened), in every build.
{
  const { execFileSync } = await import("node:child_process");
  execFileSync("node", ["scripts/build-full.mjs", dir], { stdio: "inherit" });
  execFileSync("node", ["scripts/build-open.mjs", dir], { stdio: "inherit" });
}

if (process.env.TRUNK_PROFILE === "release") {
  const { execFileSync } = await import("node:child_process");
  execFileSync("node", ["scripts/build-widget.mjs", dir], { stdio: "inherit" });
  cpSync("demo", join(dir, "demo"), { recursive: true });
  // The demo post uses the preload hints a host can copy: its first widget
  // has a target role, so bulletproof/preload-lens.html.
  const demo = join(dir, "demo", "index.html");
  const marker = "<!-- bulletproof:preload -->";
  const page = readFileSync(demo, "utf8");
  if (!page.includes(marker)) {
    console.error(`post-build: no ${marker} in demo/index.html`);
    process.exit(1);
  }
  writeFileSync(demo, page.replace(marker, readFileSync(join(dir, "bulletproof", "preload-lens.html"), "utf8").trim()));
}

// The service worker's precache list: every file of this build (the widget's
// files and its demo excepted: they are for other sites' pages), and a
// version that changes whenever any of them does.
const sw = join(dir, "sw.js");
if (existsSync(sw)) {
  const walk = (d, prefix = "") =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n), `${prefix}${n}/`) : [`${prefix}${n}`]));
  const files = walk(dir)
    .filter((f) => f !== "sw.js" && !f.startsWith("bulletproof/") && !f.startsWith("demo/"))
    .sort();
  const version = createHash("sha256");
  for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
  // The open-file module (pdf.js is most of a megabyte) is fetched after the
  // rest is cached, so a file opens offline after one visit and nothing
  // else waits for it.
  const later = (f) => f.startsWith("open/");
  const cached = (f) => !f.endsWith(".txt");
  const list = ["/", ...files.filter((f) => !later(f)).map((f) => `/${f}`)];
  const rest = files.filter((f) => later(f) && cached(f)).map((f) => `/${f}`);
  const code = readFileSync(sw, "utf8")
    .replace("__VERSION__", version.digest("hex").slice(0, 16))
    .replace("__FILES__", JSON.stringify(list))
    .replace("__LATER__", JSON.stringify(rest));
  // Minified in release builds like the page's scripts (its comments are
  // most of its bytes, and the browser fetches it on every visit).
  const out = process.env.TRUNK_PROFILE === "release"
    ? (await (await import("terser")).minify(code, { compress: { passes: 2 }, mangle: true })).code
    : code;
  writeFileSync(sw, out);
  console.log(`post-build: service worker precaches ${list.length} files, then ${rest.length} more`);
}
console.log(`post-build: ${moved} inline script(s) moved out; CSP set`);
