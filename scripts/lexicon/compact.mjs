// The job lexicon as served (issue 15): comment lines out (but the
// generated list's first line, which `install_job_lexicon` checks) and no
// padding around `|` and `,`. The engine trims every field, so it reads
// the compact text as it reads the files in crates/engine/data/.
export function compactLexicon(text) {
  const lines = text.split("\n");
  const keep = lines.filter((l, i) => i === 0 || (l.trim() && !l.startsWith("#")));
  return keep.map((l, i) => (i === 0 && l.startsWith("#") ? l : l.replace(/\s*\|\s*/g, "|").replace(/,\s+/g, ","))).join("\n") + "\n";
}
