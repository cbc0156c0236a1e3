// Writes the PDF test files from HTML written here, printed by the machine's
// Chromium (nothing downloaded). Run when a fixture changes:
//   node tests/files/make.mjs
// Each PDF has a .txt beside it: the text a reader sees, which the open-file
// tests compare with what the reader puts in the editor.
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";

const dir = new URL(".", import.meta.url).pathname;

const HEAD = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Resume</title><style>
  body { font: 10.5pt/1.35 "DejaVu Sans", sans-serif; margin: 0; }
  h1 { font-size: 18pt; margin: 0 0 2pt; }
  h2 { font-size: 11pt; text-transform: uppercase; border-bottom: 1px solid #888; margin: 10pt 0 4pt; }
  .role { display: flex; justify-content: space-between; font-weight: bold; margin-top: 6pt; }
  ul { list-style: none; padding-left: 12pt; margin: 2pt 0; }
  li::before { content: "• "; margin-left: -10pt; }
  ul.disc { list-style: disc; padding-left: 14pt; } ul.disc li::before { content: none; }
  .two { display: grid; grid-template-columns: 32% 1fr; gap: 18pt; }
  .two h2:first-child { margin-top: 0; }
  table { border-collapse: collapse; } td { padding: 1pt 10pt 1pt 0; vertical-align: top; }
  p { margin: 2pt 0; }
</style></head><body>`;

const header = `<h1>Dana Okafor</h1>
<p>Site Reliability Engineer · dana.okafor@example.org · +1 555 0142 · github.com/danaokafor</p>`;

const experience = (list = "") => `<h2>Experience</h2>
<div class="role"><span>Senior Site Reliability Engineer, Larkspur Payments</span><span>Mar 2021 – Present</span></div>
<ul class="${list}">
<li>Cut p99 checkout latency from 840 ms to 210 ms by moving session lookups to a regional Redis tier.</li>
<li>Led the migration of 46 services from VMs to Kubernetes with zero customer-facing downtime over six months, coordinating four product teams and the database group.</li>
<li>Responsible for the on-call rotation and the incident review process.</li>
<li>Built an error-budget dashboard that the payments and risk teams now use to gate releases.</li>
</ul>
<div class="role"><span>Backend Engineer, Quarry Logistics</span><span>Jun 2017 – Feb 2021</span></div>
<ul class="${list}">
<li>Designed a Kafka-based event pipeline handling 120k messages per second across 3 regions.</li>
<li>Worked on improving the reliability of the routing service.</li>
<li>Reduced the monthly AWS bill by $38k by rightsizing 300 EC2 instances and moving cold data to S3.</li>
</ul>`;

const skills = `<h2>Skills</h2>
<p>Languages: Go, Python, Rust</p>
<p>Infrastructure: Kubernetes, Terraform, Kafka, Redis</p>`;
const education = `<h2>Education</h2>
<p>B.Sc. Computer Science, University of Lagos, 2017</p>`;

const skillsTable = `<h2>Skills</h2><table>
<tr><td>Languages</td><td>Go, Python, Rust</td></tr>
<tr><td>Infrastructure</td><td>Kubernetes, Terraform, Kafka, Redis</td></tr>
<tr><td>Observability</td><td>Prometheus, Grafana, OpenTelemetry</td></tr>
<tr><td>Storage</td><td>PostgreSQL, Cassandra, S3</td></tr>
<tr><td>Practices</td><td>SLOs, incident review, capacity planning</td></tr>
</table>`;

const FILES = {
  // One column, bullets as "•" glyphs in the text.
  "one-column": `${header}${experience()}${skills}${education}`,
  // Bullets drawn by the browser (disc markers are not text).
  "disc-bullets": `${header}${experience("disc")}${skills}${education}`,
  // A sidebar: skills and education left, experience right.
  "two-column": `${header}<div class="two"><div>${skills}${education}</div><div>${experience()}</div></div>`,
  // Skills in a table; a running header and footer with page numbers; two pages.
  "table-header": `${header}${experience()}${skillsTable}<div style="break-before: page"></div>${education}`,
  // No text layer: the resume is a picture (a scan).
  scan: `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><rect x="20" y="20" width="400" height="14" fill="#222"/><rect x="20" y="50" width="520" height="8" fill="#555"/><rect x="20" y="70" width="480" height="8" fill="#555"/></svg>`,
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
for (const [name, body] of Object.entries(FILES)) {
  await page.setContent(`${HEAD}${body}</body></html>`);
  const runningHeader = name === "table-header";
  await page.pdf({
    path: `${dir}${name}.pdf`,
    format: "Letter",
    margin: { top: "0.7in", bottom: "0.7in", left: "0.7in", right: "0.7in" },
    displayHeaderFooter: runningHeader,
    headerTemplate: `<div style="font-size:8pt;width:100%;text-align:right;margin-right:0.7in">Dana Okafor · Resume</div>`,
    footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
  });
  console.log(`${name}.pdf`);
}
await browser.close();

// A second producer: pdflatex (Debian's texlive-latex-base), when installed.
const made = Object.keys(FILES);
try {
  const { execFileSync } = await import("node:child_process");
  const { mkdtempSync, copyFileSync } = await import("node:fs");
  const tmp = mkdtempSync("/tmp/bp-latex-");
  execFileSync("pdflatex", ["-interaction=nonstopmode", "-output-directory", tmp, `${dir}latex.tex`], { stdio: "ignore" });
  copyFileSync(`${tmp}/latex.pdf`, `${dir}latex.pdf`);
  made.push("latex");
  console.log("latex.pdf");
} catch {
  console.log("latex.pdf: pdflatex is not installed; the committed latex.pdf stays");
  made.push("latex");
}

// A password-protected copy (qpdf, from Debian), when qpdf is installed.
try {
  const { execFileSync } = await import("node:child_process");
  execFileSync("qpdf", ["--encrypt", "secret", "secret", "256", "--", `${dir}one-column.pdf`, `${dir}encrypted.pdf`]);
  console.log("encrypted.pdf");
} catch {
  console.log("encrypted.pdf: qpdf is not installed; the committed encrypted.pdf stays");
}

// The text runs pdf.js reads out of each PDF (what the worker hands the
// layout), so the layout's whole-file tests run without a browser
// (tests/files.rs). pdf.js's legacy build runs in Node.
Promise.withResolvers ??= function () {
  let resolve, reject;
  const promise = new Promise((a, b) => ((resolve = a), (reject = b)));
  return { promise, resolve, reject };
};
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
for (const name of made) {
  const data = new Uint8Array(readFileSync(`${dir}${name}.pdf`));
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0, y0, x1, y1] = page.view;
    const { items } = await page.getTextContent();
    const runs = items
      .filter((it) => it.str)
      .map((it) => ({ text: it.str, x: it.transform[4] - x0, y: it.transform[5] - y0, width: it.width, size: Math.hypot(it.transform[2], it.transform[3]) }));
    pages.push({ width: x1 - x0, height: y1 - y0, runs });
  }
  writeFileSync(`${dir}${name}.runs.json`, JSON.stringify({ total_pages: doc.numPages, pages }, null, 0) + "\n");
  await doc.destroy?.();
}
console.log("runs written");
