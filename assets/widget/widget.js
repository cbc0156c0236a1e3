// Bulletproof widget loader: the one file a page includes. Its name never
// changes between releases; the files it loads carry the build's version as
// a query string, so caches never serve a stale pair.
//
//   <script type="module" src="/bulletproof/widget.js"></script>
//   <bulletproof-checker target-role="sre" compact></bulletproof-checker>
//
// It defines <bulletproof-checker> (the checker in its own shadow root) and
// exports the JavaScript API:
//   import { check } from "/bulletproof/widget.js";
//   const report = await check(text, { jobDescription, role, band });
const here = (file) => new URL(`./${file}?v=__VERSION__`, import.meta.url).href;

// Each module is fetched on first use only: the element's (`ui`) when an
// element joins the page, the API's (`api`) on the first check().
const modules = {};
function loadModule(name) {
  modules[name] ??= import(here(`${name}.js`))
    .then(async (m) => {
      await m.default({ module_or_path: here(`${name}_bg.wasm`) });
      return m;
    })
    .catch((error) => {
      delete modules[name]; // a later call tries again (say, back online)
      throw error;
    });
  return modules[name];
}

/** Loads the checker behind check() ahead of the first call. */
export async function load() {
  await loadModule("api");
}

/**
 * Checks a resume. Resolves to the report (the CLI's JSON shape), with every
 * span in UTF-16 code units: `text.slice(f.span.start, f.span.end)`.
 */
export async function check(text, options = {}) {
  if (typeof text !== "string") throw new TypeError("bulletproof.check: text must be a string");
  return (await loadModule("api")).check(text, options);
}

export const version = "__VERSION__";

/** `<bulletproof-checker>`: attributes are read when it joins the page. */
class BulletproofChecker extends HTMLElement {
  #widget = null;
  #starting = false;

  connectedCallback() {
    if (this.#widget || this.#starting) return;
    this.#starting = true;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    const sheet = document.createElement("link");
    sheet.rel = "stylesheet";
    sheet.href = here("widget.css");
    const box = document.createElement("div");
    box.className = "bp";
    box.hidden = true; // until its styles are in: no flash of unstyled text
    shadow.replaceChildren(sheet, box);
    const styled = new Promise((done) => {
      sheet.onload = done;
      sheet.onerror = done;
    });
    Promise.all([loadModule("ui"), styled])
      .then(([ui]) => {
        this.#starting = false;
        if (!this.isConnected) return;
        const attributes = {};
        for (const a of this.attributes) attributes[a.name] = a.value;
        this.#widget = ui.mount(box, attributes);
        for (const w of this.#widget.warnings) console.warn(`<bulletproof-checker> ${w}`);
        box.hidden = false;
      })
      .catch((error) => {
        this.#starting = false;
        box.hidden = false;
        box.textContent = `The resume checker could not start: ${error?.message ?? error}`;
        console.error("<bulletproof-checker>", error);
      });
  }

  disconnectedCallback() {
    // Moving the element (remove, then insert) keeps the reader's text:
    // only a widget still gone after this task is taken down.
    queueMicrotask(() => {
      if (!this.isConnected && this.#widget) {
        this.#widget.unmount();
        this.#widget.free();
        this.#widget = null;
      }
    });
  }
}

if (!customElements.get("bulletproof-checker")) {
  customElements.define("bulletproof-checker", BulletproofChecker);
}
