// Trunk post-build hook: make the page work under a strict Content Security
// Policy with no 'unsafe-inline'. Trunk writes its bootstrap as an inline
// <script type="module">; this moves it into a file of its own (named by its
// hash) and puts the policy in a <meta> at the top of <head>.
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

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
writeFileSync(file, html);
console.log(`post-build: ${moved} inline script(s) moved out; CSP set`);
