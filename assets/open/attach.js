// Opening files in a <bulletproof-checker open-files> widget: an "Open
// file…" button above the checker, and a file dropped on it, read by
// open.js (nothing leaves the page). The widget's element reads plain text,
// so a source file is checked as text. Loaded by the widget's loader only
// when the host asks for it, so other widgets never pay for it.
// open.js with this file's query (the build's version), like its own files.
const reader = () => import(new URL("open.js" + new URL(import.meta.url).search, import.meta.url).href);

const ACCEPT = ".pdf,.docx,.tex,.md,.markdown,.json,.txt";

/** Puts the bar before `box` in `shadow`; returns a function that removes it. */
export function attach(shadow, box) {
  const bar = document.createElement("div");
  bar.className = "bp-open";
  const label = document.createElement("label");
  label.className = "open-file";
  label.textContent = "Open file…";
  const input = document.createElement("input");
  input.type = "file";
  input.accept = ACCEPT;
  label.append(input);
  const status = document.createElement("p");
  status.className = "status";
  status.setAttribute("role", "status");
  bar.append(label, status);
  box.before(bar);

  const open = async (file) => {
    status.textContent = `Opening ${file.name}…`;
    const answer = await reader()
      .then((m) => m.read(file))
      .catch((e) => ({ error: { message: `${file.name} could not be opened (${e?.message ?? e}).` } }));
    if (answer.error) {
      status.textContent = `${answer.error.message} Your text is unchanged.`;
      return;
    }
    const area = shadow.getElementById("resume");
    if (!area) return;
    // One undoable edit, as if typed: Ctrl+Z brings the old text back.
    area.focus();
    area.select();
    if (!document.execCommand("insertText", false, answer.text) || area.value !== answer.text) {
      area.value = answer.text;
      area.dispatchEvent(new Event("input", { bubbles: true }));
    }
    area.setSelectionRange(0, 0);
    status.textContent = answer.notes.map((n) => n.message).join(" ");
  };
  input.addEventListener("change", () => {
    const file = input.files[0];
    input.value = "";
    if (file) open(file);
  });
  const dragover = (e) => e.dataTransfer?.types.includes("Files") && e.preventDefault();
  const drop = (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    open(file);
  };
  box.addEventListener("dragover", dragover);
  box.addEventListener("drop", drop);
  return () => {
    bar.remove();
    box.removeEventListener("dragover", dragover);
    box.removeEventListener("drop", drop);
  };
}
