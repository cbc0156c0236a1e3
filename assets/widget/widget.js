// Bulletproof widget loader: the one file a page includes. Its name never
// changes between releases; the files it loads carry the build's version as
// a query string, so caches never serve a stale pair.
//
//   <script type="module" src="/bulletproof/widget.js"></script>
//   <bulletproof-checker target-role="sre" compact></bulletproof-checker>
//   <bulletproof-checker open-files></bulletproof-checker>   (adds Open file…)
//
// It defines <bulletproof-checker> (the checker in its own shadow root) and
// exports the JavaScript API:
//   import { check } from "/bulletproof/widget.js";
//   const report = await check(text, { jobDescription, role, band });
const here = (file) => new URL(`./${file}?v=__VERSION__`, import.meta.url).href;

// Each module is fetched on first use only: the element's when an element
// joins the page, the API's (`api`, or `api-lens` for a job description or
// a role) on the first check(). The element comes
// in two builds: `ui`, without job-description matching and the role lens
// (the smaller first load, for most hosts), and `ui-lens`, with them. An
// element with a role, or whose saved texts have a role or job description,
// starts with `ui-lens`; any other moves to it, keeping the reader's texts
// and caret, the first time the reader picks a role or types a job description.
const modules = {};
let sampleText = null; // one fetch of sample.txt for every element that asks
function loadModule(name) {
  // The wasm is fetched alongside its JS glue, not after it.
  const wasm = modules[name] ? null : fetch(here(`${name}_bg.wasm`));
  wasm?.catch(() => {}); // a failed fetch is reported once, by the import or init below
  modules[name] ??= import(here(`${name}.js`))
    .then(async (m) => {
      await m.default({ module_or_path: wasm });
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
  // `api` checks without a job description or a role; `api-lens`, with
  // the job match and the role lens, is fetched the first time one comes.
  const lens = Boolean(options?.jobDescription || options?.role);
  const api = await loadModule(lens ? "api-lens" : "api");
  // A job description is read with the job lexicon, fetched the first time
  // one comes (if it does not load, the curated concepts still match).
  if (options?.jobDescription && !apiHasLexicon) {
    apiHasLexicon = await jobLexicon().then(([names, terms]) => api.useJobLexicon(names, terms), () => false);
  }
  return api.check(text, options);
}
let apiHasLexicon = false; // `api-lens`'s: the only module that reads one

// The job lexicon a job description is read with: the generated technology
// names and the long tail of practices (tech_names.txt and jd_terms.txt,
// 27 KB gzipped together). Fetched once, with the first job description, by
// the API and by the element's `ui-lens`, which asks through the global below.
let lexicon = null;
function jobLexicon() {
  const get = (file) =>
    fetch(here(file)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${file}: ${r.status} ${r.statusText}`))));
  return (lexicon ??= Promise.all([get("tech_names.txt"), get("jd_terms.txt")]).catch((error) => {
    lexicon = null; // try again next time
    console.warn(`<bulletproof-checker> the job lexicon did not load: ${error?.message ?? error}`);
    throw error;
  }));
}
globalThis.__bulletproofJobLexicon ??= (done) =>
  jobLexicon().then(
    ([names, terms]) => done(names, terms),
    () => {}, // said once by jobLexicon; the next ask fetches again
  );

export const version = "__VERSION__";

// The attributes that set the checker up (`theme` is pure CSS and applies
// by itself); a change to one of them mounts the checker again.
const SETUP = ["target-role", "role", "band", "compact", "panels", "sample", "placeholder", "save"];
// The attributes the reader's own picks override until the host changes them.
const PICKS = ["target-role", "role", "band"];
// The `role` values that are ours, any case (Role::NAMES in the engine's
// tailor; tests/widget_loader.rs compares the two): any other is an ARIA role.
const ROLES = ["backend", "sre", "devops", "devops/sre", "platform", "staff", "staff+", "principal", "frontend", "ai", "ml", "manager", "em", "engineering-manager"];

// A crash: a release build's panic aborts at once (scripts/wasm-release.env),
// so no Rust runs after it to say so. The trap reaches the page as an
// uncaught WebAssembly.RuntimeError; each element on the module it came from
// (its frames name that module's files) shows its notice from here.
const mounted = new Map(); // element -> its crash notice, while mounted
function trapped(error) {
  if (!(error instanceof WebAssembly.RuntimeError)) return;
  for (const notice of mounted.values()) notice(String(error.stack));
}
addEventListener("error", (e) => trapped(e.error));
addEventListener("unhandledrejection", (e) => trapped(e.reason));

/** `<bulletproof-checker>`: the checker in its own shadow root. */
class BulletproofChecker extends HTMLElement {
  #widget = null;
  #starting = false;
  #lens = false;
  #box = null;
  #gone = null;
  #remounts = 0; // the latest remount wins; an older one still loading gives up
  #observer = new MutationObserver((changes) => {
    const changed = changes.filter((c) => c.oldValue !== this.getAttribute(c.attributeName)).map((c) => c.attributeName);
    if (!this.#widget || !changed.length) return;
    // A new `save` name starts from what that name saved, not from this text;
    // a new role or band from the host's, not the reader's picks.
    this.#remount(!changed.includes("save"), !changed.some((a) => PICKS.includes(a)));
  });

  connectedCallback() {
    clearTimeout(this.#gone); // moved, not removed: keep the reader's text
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
    this.#box = box;
    const styled = new Promise((done, fail) => {
      sheet.onload = done;
      sheet.onerror = () => fail(new Error(`its stylesheet did not load (${sheet.href})`));
    });
    this.#lens = this.#wantsLens();
    Promise.all([this.#module(), styled, this.#sample()])
      .then(async ([ui, , sample]) => {
        // A role set while the first module loaded: the lens after all.
        if (!this.#lens && this.#wantsLens()) {
          this.#lens = true;
          ui = await this.#module();
        }
        this.#starting = false;
        if (!this.isConnected) return;
        this.#mount(ui, { sample });
        for (const type of ["change", "input", "compositionend"]) box.addEventListener(type, this.#pickedLens);
        this.#observer.observe(this, { attributeFilter: SETUP, attributeOldValue: true });
        box.hidden = false;
        // `open-files`: an Open file… button (PDF, DOCX, text), loaded only then.
        if (this.hasAttribute("open-files") && !shadow.querySelector(".bp-open")) {
          import(here("open/attach.js"))
            .then((m) => m.attach(shadow, box))
            .catch((e) => console.error("<bulletproof-checker> could not load the file reader", e));
        }
      })
      .catch((error) => {
        this.#starting = false;
        box.hidden = false;
        box.textContent = `The resume checker could not start: ${error?.message ?? error}`;
        console.error("<bulletproof-checker>", error);
      });
  }

  disconnectedCallback() {
    // Moving the element (taken out, put back, even across an await) keeps
    // the reader's text: only a widget still gone a second later is taken down.
    this.#gone = setTimeout(() => {
      if (this.isConnected) return;
      this.#observer.disconnect();
      this.#unmount();
    }, 1000);
  }

  /** Whether the element starts with the role lens (see loadModule). */
  #wantsLens() {
    // `role` only with one of ours: `role="region"` is an ARIA role.
    if (this.hasAttribute("target-role") || ROLES.includes(this.getAttribute("role")?.trim().toLowerCase())) return true;
    const save = this.getAttribute("save");
    if (save === null) return false;
    const key = (k) => `bulletproof.widget.${save.trim() || "default"}.${k}.v1`;
    try {
      return ["role", "jd"].some((k) => (localStorage.getItem(key(k)) ?? "").trim() !== "");
    } catch {
      return false; // storage blocked: the reader's picks bring the lens in
    }
  }

  #module() {
    return loadModule(this.#lens ? "ui-lens" : "ui");
  }

  /** A role picked or a job description typed in `ui`: move to `ui-lens`. */
  #pickedLens = (event) => {
    const { id, value } = event.target;
    // Mid-composition (an IME), wait for its end: the switch would commit it.
    if (this.#lens || event.isComposing || !((id === "role" && value) || (id === "jd" && value.trim()))) return;
    this.#lens = true;
    this.#remount(true, true).then((ok) => {
      if (!ok) this.#lens = false; // the reader's next pick tries again
    });
  };

  /**
   * `sample`: the sample resume's text, fetched beside the element's module
   * (it is not built into the wasm, so a host without `sample` never loads
   * it). Without the attribute, or if the fetch fails, the box starts empty.
   */
  #sample() {
    if (!this.hasAttribute("sample")) return null;
    return (sampleText ??= fetch(here("sample.txt"))
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .catch((error) => {
        sampleText = null; // try again at the next mount
        console.warn(`<bulletproof-checker> the sample resume did not load (${here("sample.txt")}): ${error?.message ?? error}`);
        return undefined;
      }));
  }

  #mount(ui, texts) {
    // A prototype-free copy: nothing on Object.prototype can pose as an attribute.
    const attributes = Object.create(null);
    for (const a of this.attributes) attributes[a.name] = a.value;
    this.#widget = ui.mount(this.#box, attributes, texts);
    mounted.set(this, (stack) => this.#crashed(stack));
    for (const w of this.#widget.warnings) console.warn(`<bulletproof-checker> ${w}`);
  }

  #unmount() {
    if (!this.#widget) return;
    mounted.delete(this);
    this.#widget.unmount();
    this.#widget.free();
    this.#widget = null;
  }

  /** A trap whose stack is `stack`: if it came from this element's module, say so in the box. */
  #crashed(stack) {
    const name = this.#lens ? "ui-lens" : "ui";
    const ours = [`${name}.js`, `${name}_bg.wasm`].some((f) => stack.includes(new URL(`./${f}`, import.meta.url).href));
    if (!ours || this.#box.querySelector(".crash")) return;
    const notice = document.createElement("div");
    notice.className = "crash";
    notice.setAttribute("role", "alert");
    const p = document.createElement("p");
    p.textContent = "Something went wrong inside the checker and it stopped. Your text is still in the box: copy it before you reload.";
    const reload = document.createElement("a");
    reload.className = "reload";
    reload.href = "";
    reload.textContent = "Reload";
    notice.append(p, reload);
    this.#box.prepend(notice);
  }

  /**
   * An attribute changed, or the reader asked for the role lens: set the
   * checker up again, keeping the reader's texts (and with `picks`, their
   * role and band) and where the caret was. Resolves to whether it did: if
   * the module does not load, the checker in place stays as it was.
   */
  async #remount(keepTexts, picks = false) {
    // After a crash the wasm is gone: leave the notice where it is.
    if (this.#box.querySelector(".crash")) return false;
    const turn = ++this.#remounts;
    this.#lens ||= this.#wantsLens();
    const root = this.shadowRoot;
    const value = (id) => root.getElementById(id)?.value;
    let ui, sample;
    try {
      [ui, sample] = await Promise.all([this.#module(), this.#sample()]);
    } catch (error) {
      console.error("<bulletproof-checker> could not load the checker's module; the one in place stays", error);
      return false;
    }
    // Taken down, or set up again since: this remount has nothing to do.
    if (turn !== this.#remounts || !this.#widget) return false;
    const texts = keepTexts ? { resume: value("resume"), job: value("jd"), sample } : { sample };
    if (keepTexts && picks) Object.assign(texts, { role: value("role"), band: value("band") });
    const active = root.activeElement;
    const caret = active && { id: active.id, start: active.selectionStart, end: active.selectionEnd };
    this.#unmount();
    try {
      this.#mount(ui, texts);
    } catch (error) {
      this.#box.textContent = `The resume checker could not start again: ${error?.message ?? error}`;
      console.error("<bulletproof-checker>", error);
      return false;
    }
    const again = caret?.id && root.getElementById(caret.id);
    if (again) {
      again.focus({ preventScroll: true });
      if (typeof caret.start === "number") again.setSelectionRange(caret.start, caret.end);
    }
    return true;
  }
}

if (!customElements.get("bulletproof-checker")) {
  customElements.define("bulletproof-checker", BulletproofChecker);
}
