// Size budget for a first load, gzipped (level 9): every file a page fetches
// before it can check anything.
//   node scripts/size-check.mjs dist              the app: HTML, JS, wasm, CSS
//   node scripts/size-check.mjs dist/bulletproof  the widget's two first loads:
//     the element (loader, view module, stylesheet) and check() (loader, API module)
// An optional second argument overrides the budget in KB.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname, basename } from "node:path";
import { gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
// 150 KB until the tailoring features (job description, role lens, scope by
// band) landed; they cost 35 KB gzipped, 13 KB of it won back elsewhere.
// BENCHMARKS.md ("Budget decision") records the decision and the way back.
// The widget's first load is held to the same budget (issue 6).
// Back to 150 in issue 16 (148.8 KB): release wasm builds compile the
// standard library with panics that abort at once (scripts/wasm-release.env),
// 18.3 KB gzipped off the first load.
const budgetKB = Number(process.argv[3] ?? 150);
const counted = new Set([".html", ".js", ".wasm", ".css"]);

// The widget's bundle (dist/bulletproof/), its demo page (dist/demo/) and the
// full app (dist/full/, fetched the first time a text needs a reader) are
// not part of the app's first load.
function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    if (statSync(p).isDirectory()) return ["bulletproof", "demo", "full", "open"].includes(name) ? [] : walk(p);
    return [p];
  });
}

// The element with job-description matching and the role lens: what an
// element with a role loads at once, and any other the first time its
// reader picks a role or types a job description. Held to the full app's
// budget, as the app's own lens comes with its full app.
const LENS = "the element with the role lens (a role set, or on first use)";
const CHECK = "check()";
// check() with a job description or a role: its `api-lens` module, fetched
// on first use, held to the lens's budget as the element's is.
const CHECK_LENS = "check() with a job description or a role (on first use)";
const widget = basename(dir) === "bulletproof";
const loads = widget
  ? {
      "the <bulletproof-checker> element": ["widget.js", "ui.js", "ui_bg.wasm", "widget.css"],
      [CHECK]: ["widget.js", "api.js", "api_bg.wasm"],
      [CHECK_LENS]: ["widget.js", "api-lens.js", "api-lens_bg.wasm"],
      [LENS]: ["widget.js", "ui-lens.js", "ui-lens_bg.wasm", "widget.css"],
    }
  : { "the app": walk(dir).filter((f) => counted.has(extname(f))).map((f) => f.slice(dir.length + 1)) };
// Loaded on first use, not on first load: each reported and held to its own
// budget. The full app (with the source readers) the first time a text needs
// a reader or a file is opened; the open-file module the first time a PDF
// (pdf.js and the extract wasm, in a worker) or a DOCX (the extract wasm
// only) is opened.
const FULL = "the full app with the readers (on first use)";
const PDF = "opening the first PDF (on first use)";
const DOCX = "opening the first DOCX (on first use)";
// The job lexicon (the generated technology names and the long tail of
// practices): data files fetched the first time a job description is
// typed, by the app and by the element alike; in no wasm.
const JOB = "the job lexicon (on the first job description)";
// The full app's 215 became 218 with issue 14's judgement (+4.5 KB: the
// same engine as the first load, whose own budget it stays in), then 222
// with issue 15's practices list and posting structure (+2.3 KB), then 234
// with issue 15's matcher (+12.6 KB: terms read from a posting's structure,
// its nice-to-have parts, installing the job lexicon, the Fit card's two
// lists, the guards against hostile postings; job-description matching
// only, the lexicon's data itself is JOB's); see BENCHMARKS.md. JOB's 32
// became 36 in issue 15's third session: 1,545 names (was 1,345: a cloud's
// services, data, mobile and security tools) and about 600 practices (was
// 436: the domain vocabulary postings ask for in words) raised the untouched
// corpus's listed must-haves from 0.72 to 0.77; served compacted (no
// comments or padding), 32.6 KB.
// The full app 234 -> 237 in issue 15's third session: the matcher's code
// grew 9.7 KB before wasm-opt (twiggy diff of the API: Job::parse +2.5 KB
// with the new readings of a posting inlined, a term named as the posting
// writes it +1.1 KB, the word lists +1.3 KB, the lexicon's loader +0.8 KB),
// 3 KB gzipped, for 0.11 more must-haves listed on the untouched corpus.
// check() went over the first load's 175 with it (176.5) and came back to
// 164.7 when its options were read without serde (whose error messages
// format floats). The full app 237 -> 242 in issue 15's fourth session:
// the matcher's code grew 15.7 KB before wasm-opt (twiggy diff of the full
// app over e072dbb: Job::parse +3.5 KB with a word sharing the next item's
// noun, teams, titles and house tools inlined; the lexicon's loader +2 KB
// with gapped forms and the other region's spellings; concept_at +0.9 KB;
// the word lists +2 KB), 5.6 KB gzipped, for +0.015 listed and +0.025
// recall on the untouched tests/jobs-6. The first load carries none of it
// (the reading aids are the lens's): 174.2. Then 244 in the same session:
// +1.6 KB gzipped for the traps and names read as none (teams, titles,
// colleagues, a header's fields, proper names), bullets read as lists and
// the forms of the base concepts (the first load's 174.6 is those forms'
// text). See BENCHMARKS.md. Then 246 in issue 15's fifth session (245.1):
// +1.3 KB gzipped for a posting's structure read further (Markdown
// headings, pay, eligibility and how-to-apply sentences, menus,
// breadcrumbs, Lever's header, regions' letters, units, quantities), a
// long-tail term as "a kind of" its parent, gerund-only names and the
// letters a posting names its term by; the first load stays in 175 (174.8).
// Then 247 in issue 15's sixth session (246.3): +0.6 KB gzipped for each
// term's other wordings in the posting (the report's `also`, the Fit card,
// the CLI), the location line, a short name's gloss and a name's run
// stopping at a known compound; listed +0.013 to +0.04 on every corpus.
// The same session took the job match out of the first load (174.8 ->
// 168.1: its code was still built without the lens). Then 248 (247.3)
// for the title line read as none (untouched corpus traps 31 -> 26), a
// room's name, and the review's mends (a menu's items, the title's role
// noun, which wordings are listed); check() holds 175 with 119 bytes left.
// Issue 16's seventh session dropped the stream adapters leptos exports
// from every module (scripts/wasm-strip.mjs): first load 168.1 -> 166.4,
// check() 174.8 -> 173.4 (with its report tape), full app 247.2 -> 245.7,
// and their glue's classes (0.2 KB more). Issue 15's plain lists and pay
// lines then took 1.3 KB of check()'s (174.7) and the full app's (246.9).
// Then check() split as the element is: `api` without the lens (154.8 KB),
// `api-lens` for a job description or a role (175.4, held to LENS's 222).
// The full app 248 -> 251 in issue 15's eighth session (250.2): a practice
// asked for with its verb before its object ("Manage secrets", "Plan
// capacity": forms derived from the names with jd_nominals.txt, 1.9 KB
// gzipped of code and data, and the gapped forms ordered by head, 0.5)
// listed +0.013 of the must-haves on the untouched tests/jobs-12. None of
// it is in the first load. The next step is the element's split for the
// app: a full app without the lens, and the lens on the first job
// description or role.
// JOB's 36 became 48 in the same session (46.6): 300 more long-tail
// entries (game networking, FinOps, the kernel, network engineering, build
// systems, search relevance, identity, telecom, the BEAM, database
// reliability, management), drafted with tests/jobs-11's misses in view:
// +10.7 KB gzipped, fetched on the first job description only, for listed
// 0.858 -> 0.871 on the untouched tests/jobs-12 (0.774 -> 0.898 on jobs-11).
// The full app 251 -> 253 in issue 15's ninth session (252.2): what names
// no requirement read further (an ATS's field rows, running headers, other
// openings, sentences of pay and benefits: traps on the untouched
// tests/jobs-12 39 -> 34) and stuffing that knows a product's family and a
// gloss (clean resumes flagged on the opened jobs-10 and jobs-11 3 -> 0),
// 2.0 KB gzipped with a map's code taken back out. The element's split for
// the app is still the way back under a fixed line.
// The full app 253 -> 254 in issue 16's eighth session (253.7): a session
// keeps each unchanged block's own findings (rules::run_blocks), 0.8 KB
// gzipped for 28% fewer instructions per keystroke on 5 pages (7.38M ->
// 5.34M). The job description's own lists (jd_headings, jd_stopwords,
// jd_roles, jd_nominals, jd_idioms, jd_list_cues, jd_nice_cues,
// jd_generic: 4.1 KB gzipped) are read only with a job description and
// could travel with the job lexicon it fetches: the way back under 253.
// Taken the same session: the lists are served after the terms in
// jd_terms.txt (scripts/lexicon/compact.mjs, withJobLists) and no wasm
// carries them. The full app 254.6 -> 251.3, ui-lens 216.0 -> 213.8,
// api-lens 183.9 -> 181.3; the job lexicon 46.6 -> 50.0, so JOB's 48
// became 51 and the full app's budget is 253 again.
// The full app 253 -> 254 in issue 15's tenth session (253.0, 1 byte
// over): a careers site's controls, unknown acronyms read only where
// requirements are written, spoken languages asked for (traps on the
// untouched tests/jobs-12 34 -> 31, recall on five corpora up 0.7-0.9
// points), +1.8 KB gzipped with the language list itself served in
// jd_terms.txt. The way back under 253: practices.txt (curated practices,
// read only with a job description, about 1.5 KB gzipped) could travel
// with the job lexicon as the job lists do.
// check() (151.7 KB) kept 152; the full app 254 -> 234 and the lenses
// 222 -> 197 and 174 with the same build.
// check() 152 -> 190 and its lens 174 -> 215 in issue 16's ninth session:
// its modules are built for speed (Cargo.toml's release-api profile, "s"
// throughout): 151.7 -> 188.3 KB and 172.3 -> 214.0 KB for 2 pages checked
// again in 0.45 ms instead of 0.62, and edited in 0.68 instead of 1.07
// (BENCHMARKS.md, "check() built for speed"). A page loads check() apart
// from any first paint; the element and the app stay built for size.
// check() 190 -> 183 and its lens 215 -> 209 in issue 16's eleventh
// session: check() became its own crate (crates/api), so its modules no
// longer link the app's leptos and the futures of its server functions'
// stream adapters (-7.4 KB), and the report's small structs go to
// JavaScript without their keys (+1.1 KB, 2 and 10 pages checked again
// 8-12% faster): 189.4 -> 182.0 and 213.8 -> 208.1 KB.
// CHECK_LENS 211 -> 212 and LENS 198 -> 199 in issue 15's fourteenth
// session: the posting reader's new readings (a row of site controls, a
// heading glossed in parentheses, an item after "accessed through", a
// forum post's "[Hiring]" tag): 210.5 -> 211.3 KB and 197.9 -> 198.0 KB;
// traps 29 -> 19 and required/nice 0.974 -> 0.998 on tests/jobs-13.
// JOB 52 -> 53 in issue 15's fourteenth session: six generated names
// (Axum, SQLx, jOOQ, Checkov, OVHcloud, SquashFS), French and Swedish
// nice-to-have and benefits headings, Naukri's fields, budgeting
// (tests/jobs-13's misses in view): listed 0.918 -> 0.932 and traps 29 -> 27
// there, no corpus lower; 52.0 -> 52.1 KB.
// check() 148 -> 171 in issue 16's twelfth session: its `api` module is
// built at opt-level 2 with wasm-opt -O1 instead of "s" with the size passes
// (147.4 -> 170.4 KB): a 2-page text edited before each check in 0.42 ms
// instead of 0.50 and 10 pages in 1.72 instead of 2.21, 16.7x and 19.5x
// write-good's time in one run (BENCHMARKS.md, "issue 16, twelfth session").
// Its lens (`api-lens`) stays at "s".
// JOB's 51 became 52 in issue 15's thirteenth session (50.5 -> 51.3 KB,
// measured as served): 24 long-tail entries and 11 generated names
// (data integrity, cost management, security architecture, 802.1X, Label
// Studio, TestRail, Cisco Nexus…), drafted with tests/jobs-12's misses in
// view: listed 0.878 -> 0.919 there, 0.894 -> 0.900 on jobs-9 and 0.926 ->
// 0.931 on jobs-8; recall 0.849 -> 0.858 on the untouched tests/jobs-13.
// Fetched with the first job description only.
// The same session: check() 183 -> 148 (182.1 -> 147.4 KB): built
// without the lens, its module still carried Job::parse and all the
// posting's reader behind it, which only api-lens can use (the loader
// fetches api-lens for a check() with a job description); crates/api now
// reads a job description only with the lens. The lenses and the full
// app took the session's posting reading (a board's panels and fields,
// counts, credits, required fields, numbered sections, Spanish and
// Portuguese headings: traps on the opened tests/jobs-12 31 -> 11, on
// the untouched tests/jobs-13 31 -> 28): api-lens 208.2 -> 210.7 (209 ->
// 211), ui-lens 196.2 -> 197.7 (197 -> 198), the full app 233.9 -> 235.4
// (234 -> 236); the job lexicon as served 52.0 with the heading lists. None of it is in the first load (149.6 of 150).
// Issue 15's fifteenth session (practice phrases the lexicon lacks, versions,
// qualifiers, talks, negation, counted hardware, titles' specialties: listed
// on the opened tests/jobs-13 0.943 -> 0.956, traps 19 -> 17): api-lens
// 211.3 -> 213.1 (212 -> 214), ui-lens 198.0 -> 199.7 (199 -> 200), the
// full app 235.9 -> 237.7 (236 -> 238), the job lexicon 52.1 -> 52.7. The
// first load (149.6) and the element (146.8) are unchanged.
// Issue 15's sixteenth session (jobs-14 and jobs-15 opened, jobs-16
// written blind and untouched): 67 tools that do a practice (Airflow is
// pipeline orchestration, Vault secrets management), ten more spoken
// languages and their own names (日本語), Karpenter, LiveView, stored
// procedures, type hints: JOB 53 -> 54 (52.7 -> 53.8 KB as served). The posting's new
// readings (n't negation, passive ownership by another team, a URL's
// scheme, "Go on site", a Japanese clause, CEFR levels, the everyday-word
// tools' list, the review's fixes): CHECK_LENS 214 -> 217 (213.0 -> 216.5), LENS 200 -> 202
// (199.7 -> 201.3), the full app 238 -> 240 (237.7 -> 239.7). Recall on
// jobs-15 0.739 -> 0.77, traps on jobs-14 42 -> 37 and jobs-15 47 -> 36.
// The first load: 149.6 -> 150.0 with French, German, Spanish and Italian
// section headings (a resume with some headings unknown had its
// experience read as header); a first try lowercased them with
// char::to_lowercase, whose Unicode tables cost 9 KB: Latin-1 by offset.
// Issue 15's seventeenth session (jobs-16 opened, jobs-17 written blind and
// untouched): a posting is read as a person sees it, whatever it was pasted
// from. An ATS's HTML, a feed's escaped HTML and a page's JSON-LD as lines
// (tailor/markup.rs), words a PDF broke at a line end joined (read/hyphen.rs,
// now in every lens build), a Markdown table's rows, numbered and
// Roman-numbered sections, wrapped list items, mail forwards, hashtags,
// addresses and file names: CHECK_LENS 217 -> 222 (216.4 -> 220.7), LENS
// 202 -> 206 (201.2 -> 205.4), the full app 240 -> 244 (239.6 -> 243.4).
// jobs-17's required/nice 0.911 -> 0.935 and jobs-16's listed 0.850 ->
// 0.902 came from these readings. Lexicon entries (Linux distributions, job
// runners, scanners, DORA, coaching): JOB 54 -> 55 (53.8 -> 54.6). The
// first load (149.96) and the element (147.3) stay in their budgets.
// Issue 15's eighteenth session (jobs-17 opened, jobs-18 written blind and
// untouched): the last review's fixes (bounded tag search, UTF-16 offsets
// on the posting as pasted, hyphen joins; about 0.5 KB), a mail's
// signature, a chat export's stamped lines, a feed post's comments, a
// clock's colon, exam codes (SC-200), TS/SCI, a title held as evidence, a
// gapped form's gap and a name inside a known phrase read:
// CHECK_LENS 222 -> 225 (221.9 -> 224.3), LENS 206 -> 209 (206.0 -> 208.5),
// the full app 244 -> 247 (243.8 -> 245.8). jobs-17's listed 0.837 ->
// 0.880 and recall 0.676 -> 0.805 came from these and the lexicon's new
// entries (products that are their kind of thing, a resume's words for a
// practice): JOB 55 -> 57 (54.6 -> 56.2). The first load (150.0) and the
// element (147.3) are unchanged.
// Issue 15's nineteenth session (jobs-18 opened, jobs-19 written blind and
// untouched): bilingual and long headings, kinds of teams, a thread's reply
// count, a gap's technology, a tool glossed by its kind in stuffing's run,
// and practices.txt's and jd_headings.txt's new entries: CHECK_LENS 225 ->
// 227 (224.2 -> 226.0), LENS 209 -> 210 (208.4 -> 209.7); the full app
// 245.7 -> 246.6 stays in its 247. jobs-18's listed 0.856 -> 0.919 and
// recall 0.731 -> 0.836 came from these and the lexicon's new entries
// (tools as kinds of their practice, storage and ML infrastructure terms):
// JOB 57 -> 58 (56.2 -> 57.2). The first load (150.0: emoji bullets in, a
// form of disaster recovery out) and the element (147.3) are unchanged.
// Issue 15's twentieth session: the concepts' names in five more languages
// (jd_translations.txt), a resume's headings in fourteen
// (jd_section_headings.txt) and the fields of study a degree names, all
// served with the job lexicon so that no wasm carries them (in
// section_headings.txt they had cost the first load 1.4 KB, 150.0 -> 151.4):
// JOB 58 -> 61 (57.2 -> 60.8). The first load (149.9), the element (147.3),
// the role lens and the full app are unchanged; check() grew 59 bytes
// (175,053 -> 175,112 gzipped: the heading lookup's new shape, whose
// other-language half is cfg(lens)), past its 171 KB by 8: CHECK 171 -> 172.
// Later in the session: the posting's readings (a merge request's diff, a
// LaTeX brief's comments, a card's panel headings, a Portuguese "no", a
// title line's head, page words read from a job list instead of inline
// arrays), stuffing counted by places and practices.txt's new forms:
// CHECK_LENS 227 -> 228 (225.9 -> 227.1), LENS 210 -> 211 (210.0 ->
// 210.6), FULL 247 -> 248 (246.7 -> 247.1); the lexicon's new entries and
// jd_page_words.txt: JOB 61 -> 63 (60.8 -> 62.2). First load 149.9, the
// element 147.3 and check() 171.0 unchanged.
// Issue 15's twenty-first session: Polish, Dutch and Vietnamese forms, the
// management, testing, network and embedded practices in eight languages,
// the lexicon's new names and cues (jd_translations.txt, jd_terms.txt,
// tech_names.txt, jd_headings.txt, jd_page_words.txt): JOB 63 -> 68 (62.2
// -> 67.1). The posting's new readings (nice-to-have headings in other
// scripts' case, wiki and JSON section headings, a cue sentence opening a
// list, other-tongue language names, the company's past stack, French and
// Italian elisions with the lens): CHECK_LENS 228 -> 231 (227.1 -> 229.3),
// LENS 211 -> 213 (210.6 -> 212.2), FULL 248 -> 249 (247.1 -> 248.5). An
// Org file's reader (1.6 KB of CHECK_LENS) was built and then reverted for
// its size. The first load 150.0 (149.9), the element 147.3 and check()
// 171.1 (171.0) stay under their budgets.
// Issue 15's twenty-second session: the posting's new readings (underlined
// headings, a programme's rows, a form's tick boxes, a shell's prompt, a
// thread's comments, a link's or a mail address's words, a company's
// purchases, negations and stack labels read from data), each measured on
// the raw api-lens wasm (gzip -9, before wasm-opt) at its commit: +0.3, +0.6,
// +0.5, +0.5 KB and so on, +2.1 KB by the first size check; a review's
// fixes (an address's bounds over any space and a link's brackets, agenda
// words, whole-word stack labels) and a caseless team word +1.3 KB more:
// CHECK_LENS 231 -> 235 (230.3 -> 233.8), LENS 213 -> 215 (211.9 ->
// 214.2), FULL 249 -> 251 (248.4 -> 250.6). Swedish and security forms in
// six languages, resume headings in more languages, 22 more names: JOB 68 ->
// 70 (67.1 -> 69.8). A block-marked resume heading ("■ 職務経歴") is
// cfg(lens): built into every build it cost the first load 0.2 KB (150.0 ->
// 150.2); a timetable row's space matched by char::is_whitespace grew
// that predicate's searcher, shared with the first load, by 16 bytes (a
// space is matched as ' ' now). The first load 150.0, the element 147.3
// and check() 171.1 are unchanged. The lens builds need a size pass: they grew 2-4 KB a
// session over issue 15.
// Issue 15's twenty-third session, each commit measured on the raw api-lens
// wasm (gzip -9, before wasm-opt, in a worktree): stem forms, a name's
// hyphen compound, English told by its small words and another team's
// clause +4.3 KB (the stem forms' loader 2.2 KB of it before it kept the
// list's own slices), a saved email's reader +2.7 KB (markup::as_lines no
// longer inlined into Job::parse), a notebook's reader +1.4 KB; a review's
// fixes (decoding that never moves a character written as itself, MIME
// boundaries from headers only, folded headers, Latin-1 parts, another
// team's clause on tokens) +0.6; the stem forms found through a map by
// their first three bytes (a check with a job description back from 606
// to 489 µs for 2 pages) +1.2: CHECK_LENS 235 -> 245 (234.6 -> 244.2),
// LENS 215 -> 222 (214.0 -> 220.4), FULL 251 -> 258 (250.3 -> 256.4), each
// with the headroom of wasm-opt's variance between near-identical builds. Finnish, Czech and Romanian forms, headings and
// cues, 9 more names and 5 more concepts: JOB 70 -> 72 (69.8 -> 71.7). A
// build without the lens no longer carries concepts.txt's hints and gapped
// forms (build.rs), which only the lens reads: the first load 150.0 ->
// 148.9, the element 147.3 -> 146.1, check() 171.1 -> 169.9 (budget 172 ->
// 171).
// Issue 15's twenty-fourth session, measured on the raw api-lens wasm (gzip
// -9, before wasm-opt, in a worktree) from the start (366.8 KB): declined
// technology names (tailor/inflected.rs), Hungarian and Croatian parts, a
// paste site's numbered lines, a git show's commit, raw RTF
// (tailor/rtf.rs), a chat log's other senders, a note's front matter and
// wiki links, a board's listing rows, a company's own stack panel and a
// concept read inside a practice's words: +9.1 KB (375.9); a size pass
// (the endings kept with the page words, no map, no sort_unstable or
// chunk_by, no format!, one dash split) took 1.6 back (374.3): CHECK_LENS
// 245 -> 252 (244.2 -> 250.8), LENS 222 -> 226 (220.4 -> 225.1), FULL 258
// -> 264 (256.4 -> 261.8; 263.1 in a fresh clone after the review's fixes, which
// took CHECK_LENS to 252.6 and LENS to 225.8: budgets 254 and 227). Croatian, Serbian, Slovenian, Welsh, Irish,
// Basque, Galician and Icelandic, and 14 more concepts: JOB 72 -> 74 (71.7
// -> 73.6). The first load 149.1 (148.9), the element 146.2 (146.1) and
// check() 170.0 (169.9) stay under their budgets.
// Issue 15's twenty-fifth session: the readers of markup postings are read
// in (AsciiDoc and reStructuredText headings, a Vim help file's tags,
// BBCode, HTML comments blanked whole), a forum's replies, a package page's
// metadata, a dump's rows marked nice, Catalan, Slovenian, Croatian and
// Hungarian parts and resume headings, forty more nice cues and headings:
// CHECK_LENS 254 -> 258 (252.6 -> 257.3), LENS 227 -> 229 (225.8 -> 228.6),
// FULL 264 -> 267 (263.1 -> 266.1). Thirty more spoken languages, Catalan
// and Slovenian forms, e-invoicing, CLI tools and a dozen names: JOB 74 ->
// 76 (73.6 -> 75.4). The first load 148.9, the element 146.2 and check()
// 170.1 stay under theirs. A size pass on the lens is owed (see the issue).
// Issue 15's twenty-sixth session: a fresh clone's CI measured CHECK_LENS at
// 258.3, over its 258, with no code of size changed (wasm-opt's variance).
// `api-lens` is now built at the release profile's "z" instead of "s", and
// check() reads a job description once for a run of checks against it:
// CHECK_LENS 258 -> 200 (257.3 -> 198.1), 2 pages checked again with a job
// description 2.49 -> 1.57 ms (BENCHMARKS.md). The same session's readers
// of a posting (Greek and Slovak, Bulgarian and Danish parts and capitals,
// forms outside ASCII folded, a team's stack in an about-us paragraph,
// tickets' and adverts' codes, a LINE chat, TOML front matter, hard-wrapped
// sentences) cost the lens builds about 2 KB gzipped after the readers of
// formats no one pastes a posting from (a gettext catalogue, Texinfo, a
// Dockerfile, a CI log, Hugo shortcodes, a text-format message, source
// imports, a wiki's plugins: 2.0 KB) were taken back out: CHECK_LENS 200 ->
// 202 (200.4), LENS 229 -> 232 (230.9), FULL 267 -> 270 (268.3); their
// words in five more languages and 6 more concepts: JOB 76 -> 79 (77.9).
// The first load 149.0, the element 146.3 and check() 170.1 stay under
// theirs.
// Issue 15's twenty-seventh session: a name of more words before a hyphen
// ("Delta Lake-tabeller"), stacks said gone or not needed (and where such a
// sentence turns to what is needed), the company's own part read where it
// names the team's stack (not its customers'), a vendor's other products,
// blog comment counts, Jira wiki headings, numeric ranges and longer gaps
// in a gapped form: 6.2 KB of code, measured side by side (api-lens 195.6
// -> 198.4 KB gzipped, /tmp-built at 3f33f5b and at the end):
// CHECK_LENS 202 -> 204 (203.3), LENS 232 -> 235 (234.2), FULL 270 -> 272
// (270.7). Turkish, Norwegian and Indonesian forms and parts, resume
// wordings, 6 more long-tail names, `unneeded:`, `contrast:` and
// `clientele:` page words: JOB 79 -> 81 (80.4). The first load 149.0, the
// element 146.3 and check() 170.1 stay under theirs.
// Issue 15's twenty-eighth session: about 150 more forms and translations
// (resumes' own words for incident command, capacity planning, disaster
// recovery, documentation, hiring; Azure's architecture words; similar-jobs
// and pay headings), 1.6 KB gzipped of data: JOB 81 -> 83 (82.0). A few
// small predicates (a numbered shouted heading, a team a count of people
// names, ways of working, a count's magnitude, a label after a sentence's
// end, a gloss for keyword density, an open count's plus in a gap): LENS
// 235 -> 236 (235.1), CHECK_LENS 204 -> 205 (204.0); FULL 271.3, the first
// load 149.0, the element 146.3 and check() 170.1 stay under theirs.
// Issue 15's twenty-ninth session: about 120 more forms, headings, stopwords
// and idioms (Italian, German, French, Portuguese; resumes' words for
// on-call, SLOs, toil, postmortems, stakeholders), cost optimization apart
// from FinOps: JOB 83 -> 84 (83.2). Reading hostile pastes in linear time
// and the predicates the session's review asked for (retired stacks in four
// languages, a page's footer, a profile's headline and links, a bracketed
// stack's gloss, the names refused as no skill kept out of lists), 2 KB of
// code: CHECK_LENS 205 -> 207 (206.1), LENS 236 -> 238 (237.5), FULL 272
// -> 275 (273.6). The first load 149.0, the element 146.3 and check() 170.1
// stay under theirs.
// Issue 15's thirtieth session: the core practices in Danish, Norwegian and
// more languages, jobs-30's forms and kinds (PL/pgSQL, S3 API, POA&M):
// JOB 84 -> 86 (85.7). A board's list of other jobs, a mail's signature and
// archive, a thread's sort control, pay written amount first, German
// compounds with a technical noun, retired stacks in Swedish and Polish, an
// item's own negation, a participle in a stuffing run, an Open Source
// section (2.8 KB of code; str::to_lowercase, tried first, had pulled in
// Unicode's case tables, 12 KB, and was taken out): CHECK_LENS 207 -> 210
// (208.9), LENS 238 -> 241 (240.3), FULL 275 -> 277 (276.1). The first load
// 149.1 (technical leadership moved into it), the element 146.4 and check()
// 170.2 stay under theirs.
// Issue 15's thirty-first session: headings behind icons, a chat copied
// from WhatsApp's web view, terms dismissed after them or passed over
// ("isn't needed", "rather than"), past stacks in French and Portuguese and
// German's far participle, a continental address, a channel's header and a
// feed's advertisement, roles held, a checklist's marks (about 2.7 KB of
// code): CHECK_LENS 210 -> 212 (211.6), LENS 241 -> 244 (243.0), FULL 277 ->
// 279 (278.7). Reproducibility, issue triage and jobs-31's wordings: JOB 86
// -> 87 (86.3). The first load 149.1, the element 146.4 and check() 170.2
// stay under theirs. Three fresh-clone builds of the same code measured
// CHECK_LENS at 211.6, 211.7 and 211.9 (wasm-opt's variance), so it gets a
// kilobyte's room: 212 -> 213.
// Issue 15's thirty-second session: boards' other-jobs lists and feed
// chrome in more languages, stacks retiring or phased out (with the review's
// guards for duties and subjects), negation over "or", a founder's bio,
// inflected acronyms after a hyphen, clause words in unknown items, a nice
// column beside the required one (about 2.4 KB of code; str::to_lowercase,
// again, had pulled in Unicode's case tables, 12 KB, and was taken out):
// CHECK_LENS 213 -> 215 (214.2), LENS 244 -> 246 (245.6), FULL 279 -> 282
// (281.3). New forms and OWASP API Security Top 10, Spark tuning and Azure
// DevOps as terms: JOB 87 -> 88 (87.6). The first load 149.1, the element
// 146.4 and check() 170.3 stay under theirs.
// Issue 15's thirty-third session: a stack left with another or run by
// another team, a person's, boards' chips, filter bars, person
// specifications and fields of languages, a header's languages (about 3.3
// KB of code; no str::to_lowercase this time, the rules compare in ASCII):
// CHECK_LENS 215 -> 219 (217.9), LENS 246 -> 250 (248.7), FULL 282 -> 286
// (284.9), each with a kilobyte's room for wasm-opt's variance. Forms in
// fifteen languages for the practices postings ask for most, headings of
// what a job does not ask, public boards' fields: JOB 88 -> 92 (91.2). The
// first load 149.1, the element 146.4 and check() 170.3 stay under theirs
// (their new code is built with the lens only).
// Issue 15's thirty-fourth session: 41 network, security, endpoint and
// storage products as generated names, Cisco certifications by track,
// network and compliance practices, Czech, Hungarian, Indonesian, Turkish
// and Japanese forms (Japanese in three bytes a character): JOB 92 -> 95
// (93.8), loaded with the first job description, never on first load. The
// lens code grew about 1.2 KB (a longer stem form, a hyphen's ending,
// onboarding beside hiring, an unneeded cue's clause and a question's
// "Yes"): FULL 286 -> 287 (286.1), LENS 250 -> 251 (249.6), CHECK_LENS
// 219 -> 220 (218.5). The first load 149.1, the element 146.4 and check()
// 170.3 are unchanged. Finding a posting's hundred-odd sentence cues in one
// pass (reading a job description 681 -> 609 µs, a check with one 998 ->
// 939 µs) and comparing ASCII stem forms in bytes cost about 1.1 KB more:
// FULL 287 -> 288 (287.2), LENS 251 -> 252 (250.3), CHECK_LENS 220 -> 221
// (219.6), each with room for wasm-opt's variance.
// Issue 15's thirty-fifth session: the document reads a resume's roles
// above every heading (a role's line with dates and bullets under it, not a
// degree's nor contact details) and a contractor's work headings, so their
// bullets are checked at all; that is first-load code, about 0.8 KB: the
// first load 149.1 -> 149.8 (its budget, 150, unchanged), the element
// 146.4 -> 147.2, CHECK 171 -> 172 (171.2). The tailor's new cues and
// checks (a cue over a line break, a phrase left open, another team's
// passive on a wrapped line, a language bar, an attachment, a shortcut)
// cost the lens builds about 1.3 KB more: FULL 288 -> 290 (289.5), LENS 252
// -> 254 (252.4), CHECK_LENS 221 -> 223 (221.5). Greek, Romanian,
// Vietnamese and Korean forms (two and three bytes a character): JOB 95 ->
// 96 (95.7), loaded with the first job description. A first build parsed a
// language bar's shares as floats: the float parser cost the full app 15
// KB; the shares are read digit by digit now.
// Issue 15's thirty-sixth session: the tailor reads Hebrew prefixes,
// Chinese sentences, cues and forms inside runs of characters, a concept's
// non-ASCII forms with their capital, parts of what a posting does not
// need, hashtags, a cue in brackets and a topic shown by its parts: the
// lens builds about 1.5 KB more, FULL 290 -> 292 (291.2), LENS 254 -> 256
// (254.2), CHECK_LENS 223 -> 225 (223.0). Traditional and Simplified
// Chinese, Russian, Slovak and Hebrew forms, headings and cues (three
// bytes a Chinese character, two a Cyrillic or Hebrew letter), and
// resumes' wordings: JOB 96 -> 98 (97.7), loaded with the first job
// description. The first load (150.0 of 150), the element and check() are
// unchanged in code: the tokenizer's new check is the lens builds' only.
// Issue 15's thirty-seventh session: a board's chip row the text disowns
// (1.0 KB of CHECK_LENS: the rows, the disowned parts and sentences, and
// dropping their chips), a room's and a thread's other senders, numbered
// sections, file numbers, console lines, called functions, a table's Nice
// cell and resume-only forms: the lens builds about 3 KB more, FULL 292 ->
// 295 (294.2), LENS 256 -> 259 (257.4), CHECK_LENS 225 -> 227 (226.0).
// Headings found by first byte came in at 2.4 KB with the standard sort;
// a counting sort, and no index at all in the first load, took it back.
// Latvian, Serbian, Swahili and Persian headings, cues, forms and resume
// headings, and about twenty more terms: JOB 98 -> 101 (100.3), loaded
// with the first job description. The first load (149.9 of 150), the
// element (147.3) and check() (171.3) are unchanged. The review's fixes
// (a room's conversation, a button row's buttons, a chip looked up once
// per name, whole headings after a section's number) added 0.9 KB to each
// lens build: FULL 296, CHECK_LENS 228.
// Issue 15's thirty-eighth session: a board's skills chip row (0.35 KB),
// words keeping their combining marks, other scripts' capitals lowered in
// a token, a Latin name's native case ending, a hiring sentence read to
// its negation, a search form's row, a container's heading: the lens
// builds about 2.4 KB more (measured on check() with a job description:
// 227.3 -> 229.7 KB raw gzip), FULL 296 -> 298 (297.1), LENS 259 -> 261.5
// (260.6), CHECK_LENS 228 -> 230 (229.2). Lithuanian, Ukrainian, Thai,
// Filipino, Icelandic, Georgian, Armenian and Albanian headings, cues,
// forms and resume headings (two and three bytes a letter): JOB 101 -> 105
// (104.5), loaded with the first job description. The first load, the
// element and check() are unchanged in code (a first build's lowercase
// went through a UTF-8 check that cost the first load 0.17 KB; it writes
// in place now).
// Issue 15's thirty-ninth session: a heading's negation in eight more
// tongues, a duty's pay clause, a wiki's edit links, a search box's
// placeholder and an app's rating as chrome, comment headers under a
// handle, other events' card rows, a lowercase term before a native case
// ending, and the speed work's lookups (a two-letter bounds table over the
// gapped forms, an ASCII start before a stem form's letters): the lens
// builds 1.2 to 1.8 KB more, FULL 298 -> 299.5 (298.6), LENS 261.5 -> 263
// (262.5), CHECK_LENS 230 -> 231 (230.5). Macedonian, Azerbaijani, Kazakh
// and Mongolian headings, fields, forms and resume headings (Cyrillic at
// two bytes a letter), about thirty English terms and forms: JOB 105 ->
// 108 (107.7). The first load (150.0), the element (147.3) and check()
// (171.4) are unchanged.
// Issue 15's fortieth session: a code host's numbered diff lines, a Turkic
// case ending after an apostrophe, a site's search box and its shortcut, a
// count's word before its plural, a language's own line under a languages
// label, a man page's capitalised sections: the lens builds 1.1 to 1.3 KB
// more, FULL 299.5 -> 300.5 (299.9), LENS 263 -> 264 (263.7), CHECK_LENS
// 231 -> 232 (231.6). Hindi and Nepali (Devanagari), Bengali (three bytes
// a letter), Belarusian, Malay, Uzbek, Bosnian and Basque headings, fields,
// forms and resume headings, about forty English terms: JOB 108 -> 114
// (113.0). The first load (150.0) is unchanged; check() 171.4 -> 171.5 and
// the element 147.3 -> 147.4 (Uzbek's o‘ joins its word in the tokenizer).
// Issue 15's forty-first session: a product page's turn to its job, an
// issue tracker's events and title, a post header's comment count, a
// forum's sort bar, a site's link list under "About", a nice label that
// says "not required", Maltese articles and elisions in the tokenizer,
// Khmer's coeng and colon, the heading negations as data: the lens builds
// 3.1 to 4.2 KB more, FULL 300.5 -> 303.5 (303.0), LENS 264 -> 268
// (267.4), CHECK_LENS 232 -> 236 (235.8). The first load (150.0; its wasm
// 140,125 bytes gzipped, 141,635 before), the element (147.3) and check()
// (171.4) are unchanged.
// Tamil, Amharic, Galician, Kyrgyz,
// Maltese, Sinhala, Lao and Khmer headings, fields, forms and resume
// headings (Tamil, Sinhala, Lao and Khmer at three bytes a letter, with
// their whole unspaced runs as forms), about thirty English terms: JOB 114
// -> 120 (119.2), loaded with the first job description.
// Issue 15's forty-second session: a spreadsheet's rows, a banner's ruled
// headings, a turn set off by a rule and the page below the closing one,
// "<Name> is hiring", a site's footer a link a line, run-in headings, a
// gettext catalogue's part messages, a notebook's imports, languages
// nested, unindented or alone on a line, names before an apostrophe's or
// a hyphen's ending, capitals-only acronyms: the lens builds 3.4 to 3.5 KB
// more, FULL 303.5 -> 307 (306.4), LENS 268 -> 271.5 (270.9), CHECK_LENS
// 236 -> 239.5 (239.2). The first load's new checks (a lowercase "i" before
// a verb only) fit: 149.9, its wasm 139,897 bytes gzipped; the element
// 147.3 -> 147.2 and check() 171.4 -> 171.3. Bulgarian, Estonian, Croatian,
// Catalan, Welsh, Irish, Marathi (three bytes a letter) and Luxembourgish
// headings, fields, forms and resume headings, about twenty English terms
// and sixteen generated names: JOB 120 -> 123 (122.6).
// Issue 15's forty-third session: a job posted in a page's source comment,
// a line's "and" wrapping into the next line's shared noun, Office's
// spaced shortcut, and the job-description pane's data-lexicon mark (the
// full app's only): FULL 307 -> 308 (307.1), LENS 271.5 -> 272.5 (271.4),
// CHECK_LENS 239.5 -> 240.5 (239.5). First load 149.9 (its wasm 139,897
// bytes gzipped), element 147.2 and check() 171.3 unchanged. Telugu and
// Gujarati (three bytes a letter), Somali and Zulu headings, fields,
// forms and resume headings, a gem's and a profile's panels, about ten
// English terms and five generated names: JOB 123 -> 126 (125.0).
// Issue 15's forty-fourth session: a list of skills' run-in heads read as
// terms in any language (extract.rs), a skipped part going on over
// described labels, another job's row by its pay, a code review's line
// numbers, and Malayalam, Punjabi (three bytes a letter), Tajik and Hausa
// headings compiled into the lens, and the review's fixes: FULL 308 ->
// 310.5 (310.0), LENS 272.5 -> 274.5 (274.0), CHECK_LENS 240.5 -> 243
// (242.6). First load 149.9 (its wasm 139,875 bytes gzipped), the element
// 147.2 and check() 171.3 unchanged.
// The four languages' translations and languages, eight generated names
// and a few English forms: JOB 126 -> 128 (127.4).
// Issue 15's forty-fifth session: English told from Turkmen and Igbo by
// whole words, nginx as its project writes it, a part's word at a Latin
// word's start, a report's captions, a reader's review, a board's note tag
// and a two-word Download button as chrome, and the review's fixes: FULL
// 310.5 -> 311.5 (311.0), LENS 274.5 -> 275.5 (274.7), CHECK_LENS 243 ->
// 244.5 (243.9). A resume heading counted in characters, not bytes (first
// load): its wasm 139,875 -> 139,898 bytes gzipped, the first load 150.0
// (under its 150), the element 147.2 -> 147.3, check() 171.3 -> 171.4.
// Igbo, Turkmen, Burmese (three bytes a letter) and Pashto headings,
// fields, labels and forms, six concepts and one generated name: JOB 128
// -> 130 (129.4).
// Issue 15's forty-sixth session: a heading's length counted in
// characters at every place a resume heading is looked up whole or run in
// (the review's finding: the first load reads French and German headings
// too), a site's one-word search box, a footer's row of links, a location
// line, a Markdown heading in a code comment, and the review's fixes: FULL
// 311.5 -> 312.5 (312.1), LENS 275.5 -> 276.5 (275.7), CHECK_LENS 244.5 ->
// 245 (244.4). First load 150.0 (its wasm 139,898 -> 140,010 bytes
// gzipped), the element 147.3 -> 147.4, check() 171.4 -> 171.6.
// Tatar, Malagasy, Cebuano and Sorani headings, fields, labels and forms,
// five concepts and seventeen generated names (Servant, repmgr, Miri,
// cargo-vet, CycloneDX, …): JOB 130 -> 131.5 (130.8).
// Issue 15's forty-seventh session: a notes field's job notice, a
// language asked for after "written" or "spoken", the chrome: concepts in a
// title's capitals, two more search boxes, and Romansh, West Frisian,
// Samoan and Yiddish (two bytes a letter) headings compiled into the lens:
// FULL 312.5 -> 314.5 (313.6), LENS 276.5 -> 278 (277.2), CHECK_LENS 245 ->
// 246.5 (245.8). First load 150.0, the element 147.4 -> 147.3, check()
// 171.6 -> 171.4.
// The four languages' fields, labels and translations, five languages,
// eight concepts, the chrome: and notes: lists and four generated names
// (EPUB, ONIX for Books, nRF91, nRF53): JOB 131.5 -> 133.5 (132.3).
const BUDGETS = { [CHECK]: 172, [FULL]: 314.5, [LENS]: 278, [CHECK_LENS]: 246.5, [JOB]: 133.5, [PDF]: 700, [DOCX]: 150 };
loads[JOB] = ["tech_names.txt", "jd_terms.txt"];
if (!widget) {
  const extract = ["open/open.js", "open/worker.js", "open/extract.js", "open/extract_bg.wasm"];
  loads[FULL] = ["full/app.js", "full/app_bg.wasm"];
  loads[PDF] = [...extract, "open/pdf.min.mjs", "open/pdf.worker.min.mjs"];
  loads[DOCX] = extract;
}

let over = false;
for (const [name, files] of Object.entries(loads)) {
  let raw = 0;
  let gz = 0;
  const rows = files.map((file) => {
    const bytes = readFileSync(join(dir, file)); // a missing file fails loudly
    const z = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += z;
    return [file, bytes.length, z];
  });
  if (rows.length === 0) {
    console.error(`size check: no files found in ${dir}`);
    process.exit(1);
  }
  rows.sort((a, b) => b[2] - a[2]);
  console.log(`${name}:`);
  for (const [file, r, z] of rows) {
    console.log(`${(r / 1024).toFixed(1).padStart(8)} KB ${(z / 1024).toFixed(1).padStart(7)} KB gz  ${join(dir, file)}`);
  }
  const budget = BUDGETS[name] ?? budgetKB;
  console.log(`${(raw / 1024).toFixed(1).padStart(8)} KB ${(gz / 1024).toFixed(1).padStart(7)} KB gz  total (budget ${budget} KB gz)`);
  if (gz > budget * 1024) {
    console.error(`size check: ${name}: ${(gz / 1024).toFixed(1)} KB gzipped is over the ${budget} KB budget`);
    over = true;
  }
}
if (over) process.exit(1);
