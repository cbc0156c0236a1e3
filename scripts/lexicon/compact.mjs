// The job lexicon as served (issue 15): comment lines out (but the
// generated list's first line, which `install_job_lexicon` checks) and no
// padding around `|` and `,`. The engine trims every field, so it reads
// the compact text as it reads the files in crates/engine/data/.
export function compactLexicon(text) {
  const lines = text.split("\n");
  const keep = lines.filter((l, i) => i === 0 || (l.trim() && !l.startsWith("#")));
  return keep.map((l, i) => (i === 0 && l.startsWith("#") ? l : l.replace(/\s*\|\s*/g, "|").replace(/,\s+/g, ","))).join("\n") + "\n";
}

// The lists only a job description reads (how a posting's headings, roles,
// idioms and cues are worded, the concepts' forms and a resume's headings in
// other languages; tailor::data::JOB_LISTS_NAMES, which a test
// holds to these names): served after the terms in jd_terms.txt, each
// under its `[name]`, instead of built into every wasm with the lens (4 KB
// gzipped of it). Comment and blank lines out, as crates/engine/build.rs
// does for the lists it builds in.
export const JOB_LISTS = ["jd_headings", "jd_stopwords", "jd_roles", "jd_nominals", "jd_idioms", "jd_list_cues", "jd_nice_cues", "jd_generic", "jd_everyday_tools", "jd_section_headings", "jd_translations", "jd_page_words"];

export function withJobLists(terms, read) {
  let out = terms;
  for (const name of JOB_LISTS) {
    const lines = read(`crates/engine/data/${name}.txt`)
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#"));
    out += `[${name}]\n${lines.join("\n")}\n`;
  }
  return out;
}
