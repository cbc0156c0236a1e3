// The open-file worker: reads a PDF (pdf.js, whose parser runs in a worker
// started from this one) or a DOCX, and lays the text out with the extract
// wasm (src/extract/). Off the page's main thread; open.js stops it (and
// with it pdf.js's worker) after a time limit.

// Files beside this one, with this one's query (see open.js).
const sibling = (file) => new URL(file + new URL(import.meta.url).search, import.meta.url).href;

// A resume is one or two pages: read at most this many.
const MAX_PAGES = 30;
const ready = import(sibling("extract.js")).then(async (m) => {
  await m.default({ module_or_path: sibling("extract_bg.wasm") });
  return m;
});
let pdfjs = null;

self.onmessage = async ({ data: { kind, bytes } }) => {
  try {
    const extract = await ready;
    const answer = kind === "docx" ? extract.readDocx(new Uint8Array(bytes)) : await readPdf(extract, new Uint8Array(bytes));
    postMessage(answer);
  } catch (e) {
    postMessage({ error: pdfError(e) });
  }
};

async function readPdf(extract, data) {
  if (!pdfjs) {
    // pdf.js parses in a worker of its own, started here and handed over as
    // its port: pdf.js's own start-up looks at `window` (there is none in a
    // worker) and would fall back to loading its worker module into this
    // thread, where it takes over this worker's messages.
    pdfjs = await import(sibling("pdf.min.mjs"));
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(sibling("pdf.worker.min.mjs"), { type: "module" });
  }
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const count = Math.min(doc.numPages, MAX_PAGES);
    const pages = [];
    const runs = [];
    const texts = [];
    for (let i = 1; i <= count; i++) {
      const page = await doc.getPage(i);
      const [x0, y0, x1, y1] = page.view;
      pages.push(x1 - x0, y1 - y0);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (typeof item.str !== "string" || item.str === "") continue;
        const t = item.transform;
        runs.push(i - 1, t[4] - x0, t[5] - y0, item.width, Math.hypot(t[2], t[3]), 0);
        texts.push(item.str);
      }
      page.cleanup();
    }
    return extract.layOutPdf(Float32Array.from(pages), Float32Array.from(runs), texts, doc.numPages);
  } finally {
    await task.destroy();
  }
}

function pdfError(e) {
  switch (e?.name) {
    case "PasswordException":
      return { kind: "encrypted", message: "This PDF is password-protected, so it cannot be read. Save a copy without the password and open that." };
    case "InvalidPDFException":
    case "FormatError":
      return { kind: "damaged", message: "This PDF is damaged or not really a PDF, so it cannot be read. Export it again from the document it was made from." };
    default:
      return { kind: "failed", message: `This file could not be read (${e?.message ?? e}).` };
  }
}
