// Size budget for the first load: HTML + JS + wasm + CSS, gzipped (level 9).
// Usage: node scripts/size-check.mjs dist [budgetKB]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
// 150 KB until the tailoring features (job description, role lens, scope by
// band) landed; they cost 35 KB gzipped, 13 KB of it won back elsewhere.
// BENCHMARKS.md ("Budget decision") records the decision and the way back.
const budgetKB = Number(process.argv[3] ?? 175);
const counted = new Set([".html", ".js", ".wasm", ".css"]);

// The widget's bundle (dist/bulletproof/) is not part of the app's first
// load: check it on its own, `node scripts/size-check.mjs dist/bulletproof`.
function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    if (statSync(p).isDirectory()) return name === "bulletproof" ? [] : walk(p);
    return [p];
  });
}

let raw = 0;
let gz = 0;
const rows = [];
for (const file of walk(dir)) {
  if (!counted.has(extname(file))) continue;
  const bytes = readFileSync(file);
  const z = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += z;
  rows.push([file, bytes.length, z]);
}
rows.sort((a, b) => b[2] - a[2]);
for (const [file, r, z] of rows) {
  console.log(`${(r / 1024).toFixed(1).padStart(8)} KB ${(z / 1024).toFixed(1).padStart(7)} KB gz  ${file}`);
}
console.log(`${(raw / 1024).toFixed(1).padStart(8)} KB ${(gz / 1024).toFixed(1).padStart(7)} KB gz  total (budget ${budgetKB} KB gz)`);
if (rows.length === 0) {
  console.error("size check: no files found in " + dir);
  process.exit(1);
}
if (gz > budgetKB * 1024) {
  console.error(`size check: ${(gz / 1024).toFixed(1)} KB gzipped is over the ${budgetKB} KB budget`);
  process.exit(1);
}
