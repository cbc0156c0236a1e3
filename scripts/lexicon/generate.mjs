// Generates crates/engine/data/tech_names.txt, the technology names a job
// description's terms are read from beyond the curated concepts.txt
// (issue 15): languages and data formats from linguist-languages,
// developer tools, frameworks and services from devicon, their display
// names and aliases from simple-icons, filtered by curation.txt.
//
//   node scripts/lexicon/generate.mjs [DIR]
//
// curation.txt's add: lines name what no package carries (a cloud's
// services, data, mobile and security tools).
//
// DIR holds node_modules with the pinned packages of sources.json; without
// it they are installed from the npm registry into a temporary folder.
// Names that are English words (/usr/share/dict/words, Debian's wamerican)
// are dropped unless curation.txt keeps them as `word:`, which marks them
// `~` (a name only as written with a capital). Names and forms concepts.txt
// already knows are left to it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const here = new URL(".", import.meta.url).pathname;
const { packages } = JSON.parse(readFileSync(join(here, "sources.json"), "utf8"));
let dir = process.argv[2];
if (!dir) {
  dir = mkdtempSync(join(tmpdir(), "lexicon-"));
  const specs = Object.entries(packages).map(([n, v]) => `${n}@${v}`);
  execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefix", dir, ...specs], { stdio: "inherit" });
}
const require = createRequire(join(dir, "node_modules", "x.js"));
for (const [name, version] of Object.entries(packages)) {
  const got = JSON.parse(readFileSync(join(dir, "node_modules", name, "package.json"), "utf8")).version;
  if (got !== version) throw new Error(`${name} ${got} is not the pinned ${version}`);
}
const linguist = require("linguist-languages");
const read = (path) => JSON.parse(readFileSync(join(dir, "node_modules", path), "utf8"));
const icons = read("simple-icons/data/simple-icons.json");
const devicon = read("devicon/devicon.json");

const dictFile = "/usr/share/dict/words";
if (!existsSync(dictFile)) throw new Error(`${dictFile} is missing: apt-get install wamerican`);
// Everyday words only: the dictionary's lowercase entries ("rust", "swift").
// Its capitalised entries are proper nouns ("Kotlin" the island), no reason
// to hold a technology's name to its capital.
const dict = new Set(
  readFileSync(dictFile, "utf8")
    .split("\n")
    .map((w) => w.trim())
    .filter((w) => w && w === w.toLowerCase()),
);

// curation.txt
const rename = new Map();
const keep = [];
const drop = new Set();
const words = new Set();
const sources = [];
const noform = new Set();
const extraForms = [];
const added = [];
for (const raw of readFileSync(join(here, "curation.txt"), "utf8").split("\n")) {
  const line = raw.trim();
  if (!line || line.startsWith("#")) continue;
  const [rule, rest] = [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()];
  if (rule === "name") {
    const [slug, name] = rest.split("=").map((s) => s.trim());
    rename.set(slug, name);
  } else if (rule === "keep") keep.push(rest);
  else if (rule === "drop") drop.add(key(rest));
  else if (rule === "word") words.add(key(rest));
  else if (rule === "source") sources.push(rest);
  else if (rule === "add") {
    const [name, cls, forms = ""] = rest.split("|").map((s) => s.trim());
    if (!name || !cls) throw new Error(`curation.txt: ${line}`);
    added.push([name, cls, forms.split(",").map((f) => f.trim()).filter(Boolean)]);
  }
  else if (rule === "form") {
    const [name, form] = rest.split("=").map((s) => s.trim());
    extraForms.push([key(name), form]);
  } else if (rule === "noform") {
    const [name, form] = rest.split("=").map((s) => s.trim());
    noform.add(`${key(name)}=${form.toLowerCase()}`);
  }
  else throw new Error(`curation.txt: ${line}`);
}

/** How names are compared: lowercase letters and digits only. */
function key(s) {
  return s.toLowerCase().replace(/[^a-z0-9#+]/g, "");
}

// What the curated lists already know (their names and forms).
const known = new Set();
const curated = ["concepts.txt", "practices.txt", "jd_terms.txt"].map((f) =>
  readFileSync(join(here, "../../crates/engine/data", f), "utf8"),
);
for (const raw of curated.join("\n").split("\n")) {
  const line = raw.trim();
  if (!line || line.startsWith("#")) continue;
  const [name, , forms = ""] = line.split("|").map((f) => f.trim());
  for (const n of [name, ...forms.split(",")]) if (n.trim()) known.add(key(n));
}

const bySlug = new Map(icons.map((i) => [i.slug, i]));
const byTitle = new Map(icons.map((i) => [key(i.title), i]));
const langByKey = new Map();
for (const [name, lang] of Object.entries(linguist)) {
  if (!["programming", "data", "markup"].includes(lang.type)) continue;
  for (const n of [name, ...(lang.aliases ?? [])]) langByKey.set(key(n), [name, lang]);
}

/** The entries: display name -> { class, forms }. */
const entries = new Map();
function add(name, cls, forms) {
  const k = key(name);
  if (!k || drop.has(k)) return;
  const e = entries.get(k) ?? { name, cls, forms: new Set() };
  // A form spelt as one capitalised word where the name is two
  // ("RestAssured", "CoreML") is another way people write it; a slug
  // ("apachecouchdb") or a case variant is the name.
  const respelt = (f) => key(f) === k && /[A-Z]/.test(f) && !/[\s-]/.test(f) && f.toLowerCase() !== name.toLowerCase();
  for (const f of forms) if (f && (key(f) !== k || respelt(f))) e.forms.add(f);
  entries.set(k, e);
}
const iconAliases = (icon) => [...(icon?.aliases?.aka ?? []), ...(icon?.aliases?.dup ?? []).map((d) => d.title)];

// devicon: the developer set. Its slugs are named by curation, simple-icons
// or linguist; a slug none of them names is left out (no guessed names).
const CLASSES = ["language", "framework", "database", "cloud", "library", "tool", "platform", "server", "testing", "os", "editor"];
for (const d of devicon) {
  const icon = [d.name, ...d.altnames].map((s) => bySlug.get(s)).find(Boolean);
  const lang = [d.name, ...d.altnames].map((s) => langByKey.get(key(s))).find(Boolean);
  const name = rename.get(d.name) ?? icon?.title ?? lang?.[0];
  if (!name) continue;
  const cls = lang ? "language" : (CLASSES.find((c) => d.tags.includes(c)) ?? "tool");
  add(name, cls, [...d.altnames.filter((a) => !/^[a-z0-9]+$/.test(a) || a.length > 2), ...iconAliases(icon), ...(lang?.[1].aliases ?? [])]);
}
// linguist: every programming language and data format it knows. Rare ones
// cost nothing until a posting names them; those named by an everyday word
// are held to their capital or left out below.
for (const [name, lang] of Object.entries(linguist)) {
  if (!["programming", "data"].includes(lang.type)) continue;
  const icon = byTitle.get(key(name)) ?? bySlug.get(key(name));
  add(name, lang.type === "data" ? "format" : "language", [...(lang.aliases ?? []), ...iconAliases(icon)]);
}
// Curated keeps: simple-icons brands engineers list.
const kept = new Set();
for (const name of keep) {
  const icon = byTitle.get(key(name));
  add(icon?.title ?? name, "tool", iconAliases(icon));
  kept.add(key(icon?.title ?? name));
}
// Curated additions: names no source carries (a cloud's services, data and
// mobile tools), each with its class and forms.
for (const [name, cls, forms] of added) {
  add(name, cls, forms);
  kept.add(key(name));
}
// The rest of simple-icons: brands whose logo source is a developer's site
// (a code host, a project domain, documentation), not a consumer brand's.
// curation.txt's drop: lines take out what slips through.
const DEVELOPER_SOURCE =
  /github\.com|gitlab\.|bitbucket\.org|codeberg\.org|sourceforge\.net|\.io\b|\.dev\b|\.sh\b|js\.org|\.rs\b|developer|docs\.|apache\.org|cncf\.io|\.tech\b/;
let wide = 0;
for (const icon of icons) {
  const from = `${icon.source ?? ""} ${icon.guidelines ?? ""}`;
  const developer = DEVELOPER_SOURCE.test(from) || sources.some((d) => from.includes(d));
  if (entries.has(key(icon.title)) || !developer) continue;
  add(icon.title, "tool", iconAliases(icon));
  wide++;
}

// Filter: known to concepts.txt, or an English word not kept as `word:`.
const out = [];
let dropped = 0;
const everyday = (w) => dict.has(w.toLowerCase());
// "Apache Parquet", "Microsoft SQL Server", "Google BigQuery": postings name
// them without the vendor, so the bare name is a form too. A bare name of
// everyday words holds the entry to its capitals ("Cloud Storage"); a lone
// everyday word only for Apache's projects, known by it ("Hive", "Arrow"),
// never for a cloud's service ("Azure Monitor" is not "Monitor").
const VENDORS = ["Amazon Web Services", "Google Cloud", "Microsoft Azure", "Apache", "Amazon", "AWS", "Google", "Azure", "Microsoft"];
const taken = new Set([...known, ...entries.keys(), ...[...entries.values()].flatMap((e) => [...e.forms].map(key))]);
function bareForm(name) {
  const vendor = VENDORS.find((v) => name.startsWith(`${v} `));
  if (!vendor) return null;
  const bare = name.slice(vendor.length + 1);
  const words = bare.split(/\s+/);
  if (bare.length < 2 || taken.has(key(bare))) return null;
  const plain = words.every((w) => everyday(w.replace(/[^A-Za-z]/g, "")));
  // Several words with an everyday one ("SQL Database", "HTTP Server") read
  // as a description; curation.txt's form: lines name the products that
  // are known so ("SQL Server").
  if (words.length > 1 && words.some((w) => everyday(w.replace(/[^A-Za-z]/g, "")))) return null;
  if (words.length === 1 && plain && vendor !== "Apache") return null;
  return { bare, capitalOnly: plain };
}
// The engine matches forms after light stemming (-s, -es, -ed, -ing, a
// final -e): a short form such as "abl" or "typ" would then match "able" and
// "type". Such a form is left out.
function stemsAnEverydayWord(form) {
  const f = form.toLowerCase();
  if (!/^[a-z]+$/.test(f) || f.length > 4) return false;
  return ["e", "s", "es", "ed", "ing"].some((x) => dict.has(f + x));
}
for (const [k, e] of [...entries].sort((a, b) => a[1].name.localeCompare(b[1].name))) {
  if (known.has(k)) continue;
  const single = !/[\s.\-/#+0-9]/.test(e.name);
  const english = single && everyday(e.name);
  // Kept by name (word:, keep:), an English word is a name only as
  // written with a capital; otherwise it is left out.
  if (english && !words.has(k) && !kept.has(k)) {
    dropped++;
    continue;
  }
  // "Change Detection", "Model Context Protocol": every word an everyday
  // one, so also a name only as written with capitals.
  const words_ = e.name.split(/\s+/);
  let phrase = words_.length > 1 && words_.every((w) => everyday(w.replace(/[^A-Za-z]/g, "")));
  const bare = bareForm(e.name);
  if (bare) {
    e.forms.add(bare.bare);
    phrase ||= bare.capitalOnly;
  }
  const curatedForms = extraForms.filter(([n]) => n === k).map(([, f]) => f);
  for (const f of curatedForms) e.forms.add(f);
  const forms = [...e.forms]
    .filter((f) => f === bare?.bare || curatedForms.includes(f) || (!known.has(key(f)) && !dict.has(f.toLowerCase())))
    .filter((f) => !/[|,]/.test(f) && f.length > 1)
    .filter((f) => f === bare?.bare || curatedForms.includes(f) || !stemsAnEverydayWord(f))
    .filter((f) => !noform.has(`${k}=${f.toLowerCase()}`))
    .sort();
  out.push(`${english || phrase || words.has(k) ? "~" : ""}${e.name} | ${e.cls} | ${forms.join(", ")}`);
}
const header = [
  "# Generated by scripts/lexicon/generate.mjs from linguist-languages, simple-icons",
  "# and devicon (versions in scripts/lexicon/sources.json) and curation.txt; do not",
  "# edit by hand: change the curation and run it again.",
  "# Name | class | other forms. `~`: an English word, a name only as written",
  "# with a capital.",
];
writeFileSync(join(here, "../../crates/engine/data/tech_names.txt"), [...header, ...out].join("\n") + "\n");
console.log(
  `tech_names.txt: ${out.length} names (${wide} from simple-icons' developer brands; ${dropped} English words left out, ${entries.size} candidates)`,
);
