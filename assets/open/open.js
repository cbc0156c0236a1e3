// Opens a file the person chose or dropped, in the page: nothing is sent
// anywhere. Source files (.tex, .md, .json, .txt) are read as text; a PDF or
// DOCX goes to a worker (worker.js: pdf.js and the extract wasm) with a time
// limit, so the page never freezes. Loaded the first time a file is opened
// (assets/pwa.js). Answers { name, kind, format, text, notes } or
// { name, error: { kind, message } }.
const MAX_BYTES = 20 * 1024 * 1024;
const TIME_LIMIT_MS = 20_000;
const SOURCES = { tex: "latex", md: "markdown", markdown: "markdown", json: "json-resume", txt: "text" };

const fail = (name, kind, message) => ({ name, error: { kind, message } });
// A file beside this one, with this one's query (the widget's bundle loads
// its files with the build's version as a query, so caches stay in step).
const sibling = (file) => new URL(file + new URL(import.meta.url).search, import.meta.url);

function sniff(head) {
  const starts = (...bytes) => bytes.every((b, i) => head[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return "pdf"; // %PDF
  if (starts(0x50, 0x4b)) return "docx"; // PK: a zip
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return "docx"; // an old .doc, or an encrypted .docx
  return null;
}

export async function read(file) {
  const name = file.name || "resume";
  const ext = (name.match(/\.([a-z0-9]+)$/i)?.[1] ?? "").toLowerCase();
  if (file.size > MAX_BYTES) {
    return fail(name, "too-large", `${name} is ${(file.size / 1048576).toFixed(1)} MB; Bulletproof opens files up to 20 MB (a resume is far smaller).`);
  }
  const kind = sniff(new Uint8Array(await file.slice(0, 8).arrayBuffer()));
  if ((ext === "pdf" || ext === "docx") && kind !== ext) {
    const what = ext === "pdf" ? "a PDF" : "a Word document";
    return fail(name, "not-this-format", `${name} is not ${what} inside, though its name says so. It may be damaged, or renamed.`);
  }
  if (kind === "pdf" || kind === "docx") return extract(name, kind, await file.arrayBuffer());
  if (!(ext in SOURCES)) {
    return fail(name, "unsupported", `Bulletproof opens .pdf, .docx, .tex, .md, .json and .txt files; ${name} is none of these.`);
  }
  const text = await file.text();
  if (text.includes("\u0000")) {
    return fail(name, "not-this-format", `${name} is not a text file inside, though its name says so.`);
  }
  return { name, kind: "source", format: SOURCES[ext], text, notes: [] };
}

// One worker, kept warm for the next file; replaced after a time-out.
let worker = null;
let queue = Promise.resolve();

function extract(name, kind, bytes) {
  const job = queue.then(
    () =>
      new Promise((resolve) => {
        worker ??= new Worker(sibling("worker.js"), { type: "module" });
        const w = worker;
        const done = (answer) => {
          clearTimeout(timer);
          w.onmessage = w.onerror = null;
          resolve({ name, kind, ...answer });
        };
        const timer = setTimeout(() => {
          w.terminate();
          worker = null;
          done({ error: { kind: "timeout", message: `Reading ${name} took over ${TIME_LIMIT_MS / 1000} seconds, so it was stopped. The file may be damaged or very large.` } });
        }, TIME_LIMIT_MS);
        w.onmessage = (e) => done(e.data);
        w.onerror = (e) => {
          e.preventDefault?.();
          w.terminate();
          worker = null;
          done({ error: { kind: "failed", message: `${name} could not be read: the reader stopped (${e.message || "no reason given"}).` } });
        };
        w.postMessage({ kind, bytes }, [bytes]);
      }),
  );
  queue = job.then(() => undefined);
  return job;
}
