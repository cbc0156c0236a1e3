//! The tailoring word lists, parsed once: concepts (`concepts.txt`), role
//! themes (`role_themes.txt`), scope cues (`scope_cues.txt`), artifacts
//! (`artifacts.txt`) and the capitalized words a job description uses that
//! are never technology names (`jd_stopwords.txt`).

use std::sync::OnceLock;

use serde::Serialize;

use super::{Role, Scope};
use crate::hash::{FastMap, FastSet};
use crate::lexicon::{concept_names, data, entries, PhraseSet};
use crate::text::{stem, Kind, Token};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConceptKind {
    Tech,
    Practice,
    Concept,
    Seniority,
    /// A spoken language ("German"): a term only where a posting asks for
    /// it (`job::asks_for_a_language`), not "Danish furniture".
    Language,
}

pub struct Concept {
    /// The display name, as written in the data file.
    pub name: String,
    pub kind: ConceptKind,
    /// The concept this one is a kind of (Raft -> consensus): showing it
    /// shows the broader one.
    pub broader: Option<usize>,
    /// The topic a long-tail term (`jd_terms.txt`) falls under (DNS ->
    /// networking): partial evidence only, so a bullet showing it is
    /// pointed at when the topic is missing, not counted as showing it.
    pub topic: Option<usize>,
}

pub struct Theme {
    pub role: Role,
    pub id: String,
    pub label: String,
}

/// Which part of its sentence a nice-to-have cue makes nice-to-have
/// (`jd_nice_cues.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NiceReach {
    /// Up to the cue: "Kafka is a plus", "(Java 17 preferred)".
    Before,
    /// From the cue to its clause's end: "ideally in HPC, and …".
    After,
    /// The whole sentence.
    Sentence,
}

/// A technology name from the generated list.
pub struct TechName {
    pub name: String,
    /// An English word too ("Vault", "Helm"): a name only as written with a capital.
    pub capital_only: bool,
    pub forms: Vec<String>,
}

/// The lists of `jd_roles.txt`: what a word next to a posting's practice
/// word tells (a bit each in [`TailorLexicon::roles`]).
/// A form with a gap: its words before and after "…", stemmed.
pub struct Gapped {
    pub head: Vec<String>,
    pub tail: Vec<String>,
    pub concept: usize,
    /// Made from a name (`verb_object_forms`), not written with its gap:
    /// only a few plain words may stand between verb and object.
    pub derived: bool,
}

/// The most words a gapped form's gap may hold.
pub const GAP: usize = 3;

/// The most a gap may hold before an object of two words or more, which
/// names its thing alone ("reviewed most of the team's replication pull
/// requests").
const LONG_GAP: usize = 5;

/// `jd_nominals.txt`: each noun made from a verb, with its verbs.
fn nominals() -> Vec<(&'static str, Vec<&'static str>)> {
    entries(job_list("jd_nominals"))
        .filter(|line| !line.starts_with("between:"))
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            Some((words.next()?, words.collect()))
        })
        .collect()
}

/// "secrets management" asked for, or shown, as "manage secrets" or
/// "managed our application secrets": a name or form made of an object (one
/// or two words) and a noun made from a verb (`jd_nominals.txt`), read as
/// that verb in any tense before its object, with a gap.
///
/// Good: "capacity planning" gives "plan … capacity" (and "plann" for
/// "planned", which `jd_nominals.txt` writes out). Bad: "Kafka" (no
/// noun), "on-call management" (the object not plain words).
fn verb_object_forms(
    form: &str,
    concept: usize,
    nominals: &[(&str, Vec<&str>)],
    object_fits: impl Fn(&str) -> bool,
) -> Vec<Gapped> {
    let words: Vec<&str> = form.split(' ').collect();
    let Some((last, object)) = words.split_last() else {
        return Vec::new();
    };
    let plain = |w: &&str| w.bytes().all(|b| b.is_ascii_alphabetic());
    let verbs = nominals
        .iter()
        .find(|(noun, _)| noun.eq_ignore_ascii_case(last))
        .map(|(_, verbs)| verbs);
    // The caller's test (a tokenizing) last: most forms end in no such noun.
    let Some(verbs) = verbs.filter(|_| {
        (1..=2).contains(&object.len())
            && object.iter().all(plain)
            && object_fits(&object.join(" "))
    }) else {
        return Vec::new();
    };
    let tail: Vec<String> = object
        .iter()
        .map(|w| stem(&w.to_ascii_lowercase()).to_string())
        .collect();
    // A regular verb's tenses share its stem ("tune", "tuned", "tuning");
    // the file writes out a past that does not ("planned").
    let mut heads: Vec<String> = Vec::new();
    for verb in verbs {
        let head = stem(verb).to_string();
        if !heads.contains(&head) {
            heads.push(head);
        }
    }
    heads
        .into_iter()
        .map(|head| Gapped {
            head: vec![head],
            tail: tail.clone(),
            concept,
            derived: true,
        })
        .collect()
}

/// "review … pull requests" as its stemmed halves; `None` for a form with
/// no gap.
fn gapped_form(form: &str, concept: usize) -> Option<Gapped> {
    let (head, tail) = form.split_once('…')?;
    let words = |s: &str| -> Vec<String> {
        crate::text::phrase_words(s)
            .iter()
            .map(|w| stem(w).to_string())
            .collect()
    };
    let (head, tail) = (words(head), words(tail));
    (!head.is_empty() && !tail.is_empty()).then_some(Gapped {
        head,
        tail,
        concept,
        derived: false,
    })
}

#[derive(Clone, Copy)]
pub enum RoleWord {
    Person = 1,
    Role = 2,
    Leaders = 4,
    Hire = 8,
    Duty = 16,
    Team = 32,
    Place = 64,
    Money = 128,
    Benefit = 256,
    Practice = 512,
    Unskilled = 1024,
    Broad = 2048,
    Verbal = 4096,
    Talk = 8192,
    Qualifier = 16384,
    Vetting = 32768,
    Portuguese = 65536,
    Retired = 131072,
    Moved = 262144,
    Leaving = 524288,
    Determiner = 1048576,
    Negation = 2097152,
    Purchase = 4194304,
    Unnegated = 8388608,
    Vendor = 16777216,
    Instrument = 33554432,
    TechNoun = 67108864,
    Clause = 134217728,
    Recruiting = 268435456,
}

/// `jd_page_words.txt` by kind: what opens a sentence naming no
/// requirement, what makes one eligibility, a menu's own words, a site's
/// controls alone on a line and beside a panel's heading, and the words
/// that ask for a spoken language ("fluent", "courant").
#[derive(Default)]
pub struct PageWords {
    pub opens: Vec<String>,
    pub eligibility: Vec<String>,
    /// What the job says it does not need ("no need to know it").
    pub unneeded: Vec<String>,
    /// A word that turns such a sentence to what is needed ("but").
    pub contrast: Vec<String>,
    /// An about-us sentence's words for others' stack ("customers").
    pub clientele: Vec<String>,
    pub menu: Vec<String>,
    pub control: Vec<String>,
    pub beside: Vec<String>,
    pub fluency: Vec<String>,
    /// A feed's reactions bar's words in other interfaces ("Reageren"),
    /// read for every short line: kept, not re-read.
    pub reactions: Vec<String>,
    /// The endings a declined name may carry (`tailor/inflected.rs`).
    pub endings: Vec<String>,
    /// Words that leave a term to another team ("another team runs it"),
    /// read after every known term's mention: kept, not re-read.
    pub elsewhere: Vec<String>,
    /// A filter bar's first item ("All"), read for every line: kept.
    pub filters: Vec<String>,
    /// An about-us sentence's turn to the job ("We're hiring"), read for
    /// each of its sentences: kept.
    pub hires: Vec<String>,
    /// A word that says how a number's things are counted ("40,000
    /// concurrent players").
    pub counted: Vec<String>,
    /// A label of the languages a person speaks or a job asks for
    /// ("Languages"), read for every field row: kept.
    pub spoken: Vec<String>,
    /// A heading's word that says "not" ("Šta nije deo posla"), read for
    /// each word of a skipped part's heading: kept.
    pub negations: Vec<String>,
    /// A concept page chrome names in its titles ("Q3 Hiring Plan"), read
    /// for each mention of a concept: kept.
    pub chrome: Vec<String>,
}

/// A list of headings (`jd_headings.txt`), in the file's order, and the
/// same grouped by first byte: a line is compared only with the headings
/// that can start it, not the thousand-odd of every language. Only a job
/// description reads headings: the first load keeps the plain list.
#[derive(Debug, Default)]
pub struct Headings {
    all: Vec<String>,
    /// Indices into `all`, by first byte: `by_first[starts[b]..starts[b + 1]]`.
    #[cfg(feature = "lens")]
    by_first: Vec<u16>,
    #[cfg(feature = "lens")]
    starts: Vec<u32>,
}

impl Headings {
    #[cfg(not(feature = "lens"))]
    fn new(all: Vec<String>) -> Headings {
        Headings { all }
    }

    #[cfg(feature = "lens")]
    fn new(all: Vec<String>) -> Headings {
        // A counting sort by first byte: no sort's code in the wasm.
        let first = |h: &String| usize::from(h.as_bytes().first().copied().unwrap_or(0));
        let mut starts = vec![0u32; 257];
        for h in &all {
            starts[first(h) + 1] += 1;
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        let mut next = starts.clone();
        let mut by_first = vec![0u16; all.len()];
        for (i, h) in all.iter().enumerate() {
            by_first[next[first(h)] as usize] = i as u16;
            next[first(h)] += 1;
        }
        Headings {
            all,
            by_first,
            starts,
        }
    }

    /// The headings whose first byte is `l`'s: those that may start it.
    #[cfg(feature = "lens")]
    pub fn starting_as<'a>(&'a self, l: &str) -> impl Iterator<Item = &'a str> + 'a {
        let range = match l.as_bytes().first() {
            Some(&b) if !self.starts.is_empty() => {
                self.starts[usize::from(b)] as usize..self.starts[usize::from(b) + 1] as usize
            }
            _ => 0..0,
        };
        self.by_first[range]
            .iter()
            .map(|&i| self.all[usize::from(i)].as_str())
    }

    /// Without the lens there are no headings to find.
    #[cfg(not(feature = "lens"))]
    pub fn starting_as<'a>(&'a self, _: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.all.iter().map(String::as_str)
    }

    /// Whether `l` is one of the headings, whole.
    pub fn has(&self, l: &str) -> bool {
        self.starting_as(l).any(|h| h == l)
    }

    /// Whether one of the headings is inside `l`: anywhere in a script
    /// written without spaces ("岗位要求") and, when it is six letters or
    /// more, in a compound ("Hauptaufgaben", "Softskills"); a shorter one
    /// at a word's start in a Latin script ("Tech stack", not "Paystack").
    pub fn inside(&self, l: &str) -> bool {
        // Each heading's second byte is compared before the rest: most
        // places share only a first letter with a heading.
        l.char_indices().any(|(p, c)| {
            let within_a_word =
                c.is_ascii_alphanumeric() && l[..p].ends_with(|b: char| b.is_ascii_alphanumeric());
            let rest = &l[p..];
            let second = rest.as_bytes().get(1);
            self.starting_as(rest).any(|h| {
                (!cfg!(feature = "lens") || h.as_bytes().get(1).is_none_or(|b| Some(b) == second))
                    && rest.starts_with(h)
                    && (!within_a_word || h.len() >= 6)
            })
        })
    }
}

impl std::ops::Deref for Headings {
    type Target = [String];
    fn deref(&self) -> &[String] {
        &self.all
    }
}

pub struct TailorLexicon {
    pub concepts: Vec<Concept>,
    /// Any form of a concept -> the concept.
    pub forms: PhraseSet<usize>,
    /// The forms a resume shows a concept by that a posting does not ask
    /// for it by (`!` in `jd_translations.txt`): "I carry the pager" is
    /// on-call, a posting's "carry the pager for it" an idiom beside its
    /// "On-call is one week in six".
    pub resume_only: PhraseSet<usize>,
    /// A hint phrase -> index into `hint_groups`, the concepts it hints at.
    pub hints: PhraseSet<usize>,
    pub hint_groups: Vec<Vec<usize>>,
    pub themes: Vec<Theme>,
    /// Per role (in [`Role::ALL`] order): phrase -> index into `themes`.
    pub theme_words: Vec<PhraseSet<usize>>,
    /// Opening-verb lemma -> the scope it cues.
    pub scope_verbs: FastMap<String, Scope>,
    pub scope_phrases: PhraseSet<Scope>,
    pub artifacts: PhraseSet<()>,
    pub stopwords: FastSet<String>,
    /// A posting's headings for parts with no requirement, and what may
    /// follow "About" when it is the job (`jd_headings.txt`).
    pub no_requirement_headings: Headings,
    /// Fields named by a word or two, skipped only as the whole heading or
    /// label (`field:`): "Industry" is one, "Industry experience" is not.
    pub field_headings: Headings,
    /// An application form's headings (`form:`, skipped too): inside its
    /// part, a field's label ("Accepted file types: pdf") ends nothing.
    pub form_headings: Headings,
    /// The company's own parts ("About us", `about:`), read where they name
    /// the team's stack.
    pub about_headings: Headings,
    /// A job board's panels (`panel:`, skipped too): its part runs to the
    /// next blank line, over the headings inside it ("Profile insights",
    /// then "Skills" and a screening question).
    pub panel_headings: Headings,
    /// Headings of a board's list of other jobs (`listing:` in
    /// `jd_headings.txt`), skipped over the job titles in it (each shaped
    /// as a heading) to the job's own part, or the end.
    pub listing_headings: Headings,
    /// A company's own panel, headed with its name's possessive (`owned:`,
    /// "Brindlecombe's Tech Stack"): skipped as a panel is.
    pub owned_headings: Headings,
    /// A page's turn to the job it carries (`turn:`, "We're hiring", "Work
    /// with us", "Working at Greyhithe"): above it, a product's or a
    /// project's page.
    pub turn_headings: Headings,
    pub job_headings: Headings,
    /// A mail's sign-offs (`signoff:`, "Thanks & Regards"): the signature
    /// under one names no requirement.
    pub signoffs: Vec<String>,
    /// Words that make a heading the job's own part ("Requirements", "What
    /// you'll do"; `jd_headings.txt` `part:`).
    pub job_part_words: Headings,
    /// Idioms that name no skill (`jd_idioms.txt`).
    pub idioms: PhraseSet<()>,
    /// Words after which a posting lists terms (`jd_list_cues.txt`).
    pub list_cues: PhraseSet<()>,
    /// Nouns that alone name no skill (`jd_generic.txt`).
    pub generic_items: FastSet<String>,
    /// Headings of a posting's nice-to-have part (`jd_headings.txt`
    /// `nice:`) and phrases that make a line one (`jd_nice_cues.txt`).
    pub nice_headings: Headings,
    pub nice_cues: PhraseSet<NiceReach>,
    /// A posting's page words (`jd_page_words.txt`).
    pub page_words: PageWords,
    /// The (stemmed) first word of every phrase above: a token whose stem
    /// is not here starts none of them.
    pub starts: FastSet<String>,
    /// Forms written with a gap ("review … pull requests"): a verb and its
    /// object with up to [`GAP`] words between ("reviewed every pull
    /// request"), a dozen, checked by their heads' first letters first.
    pub gapped: Vec<Gapped>,
    /// Words that end a verb's object phrase (`jd_nominals.txt`
    /// `between:`): none stands in a derived form's gap ("design and operate
    /// the API" is not API design).
    pub not_between: Vec<String>,
    /// Concepts a gapped form's head names alone ("monitor"): where a
    /// one-word match must ask the gapped forms first.
    pub gapped_over_forms: Vec<usize>,
    /// Where the gapped forms whose head starts with two letters a to z
    /// start in `gapped` (sorted by head), by the pair (`26 * a + b`): 677
    /// bounds with the lens, none without.
    pub gapped_by_pair: Vec<u32>,
    /// Names that are also everyday words (`ambiguous_names.txt`), and their stems.
    pub ambiguous: FastSet<String>,
    pub ambiguous_stems: FastSet<String>,
    /// The job lexicon's tools named by an everyday word ("Vault",
    /// "Temporal": `jd_everyday_tools.txt`), also in `ambiguous`.
    pub everyday_tools: FastSet<String>,
    /// Other languages' everyday words whose light stem is a name's
    /// (`not:` of jd_everyday_tools.txt): never that name.
    false_friends: FastSet<String>,
    /// Acronyms read only as written in capitals (`caps:` in
    /// jd_everyday_tools.txt): "IGA", not Estonian's "Iga" (every).
    capitals_only: FastSet<String>,
    /// Practices one word names only as the gerund ("networking", not
    /// "networks": `ing:` in `ambiguous_names.txt`): a concept and the root
    /// of the gerund that alone names it.
    gerund_only: Vec<(usize, String)>,
    /// `jd_roles.txt`: each word with the lists it is in ([`RoleWord`] bits).
    pub roles: crate::hash::FastMap<String, u32>,
}

impl TailorLexicon {
    /// Whether `word` (lowercase) is in `jd_roles.txt`'s list `kind`.
    pub fn is_role_word(&self, kind: RoleWord, word: &str) -> bool {
        self.roles
            .get(word)
            .is_some_and(|bits| bits & kind as u32 != 0)
    }
}

/// The tailoring lists. In a browser, once the page has handed over the
/// job lexicon ([`install_job_lexicon`]), the lists with its terms; before,
/// the built-in ones (their concepts keep their indices in both: the
/// fetched terms come after them).
pub fn tailor_lexicon() -> &'static TailorLexicon {
    static BUILT_IN: OnceLock<TailorLexicon> = OnceLock::new();
    static EXTENDED: OnceLock<TailorLexicon> = OnceLock::new();
    if JOB_TERMS.get().is_some() {
        return EXTENDED.get_or_init(TailorLexicon::load);
    }
    BUILT_IN.get_or_init(TailorLexicon::load)
}

fn list(field: &str) -> impl Iterator<Item = &str> {
    field.split(',').map(str::trim).filter(|w| !w.is_empty())
}

fn kind_of(s: &str) -> ConceptKind {
    match s {
        "tech" => ConceptKind::Tech,
        "practice" => ConceptKind::Practice,
        "concept" => ConceptKind::Concept,
        "seniority" => ConceptKind::Seniority,
        "language" => ConceptKind::Language,
        other => panic!("unknown concept kind {other}"),
    }
}

fn scope_of(s: &str) -> Scope {
    match s {
        "feature" => Scope::Feature,
        "cross-team" => Scope::CrossTeam,
        "organization" => Scope::Organization,
        other => panic!("unknown scope level {other}"),
    }
}

/// Every concept's line, in the order of `TailorLexicon::concepts`: the
/// curated concepts, then (for job-description matching) the practices and
/// competencies postings ask for in words, then the job lexicon's long tail
/// (`jd_terms.txt`) where this build has it.
/// Whether the lists are read for postings: with the job lexicon (a
/// native build's, or one a browser installed for a job description),
/// forms are also read in their other spellings and with gaps.
fn reads_postings() -> bool {
    cfg!(feature = "lens") && !job_terms().is_empty()
}

fn concept_lines() -> impl Iterator<Item = &'static str> {
    let terms = if cfg!(feature = "lens") {
        job_terms()
    } else {
        ""
    };
    entries(data("concepts"))
        .chain(entries(practices()))
        .chain(entries(terms))
}

/// `practices.txt`: read by the `lens` builds only.
fn practices() -> &'static str {
    if cfg!(feature = "lens") {
        data("practices")
    } else {
        ""
    }
}

/// The job lexicon's terms (`jd_terms.txt`): built into native builds with
/// `job-lexicon`, else the ones the page handed over, if any.
fn job_terms() -> &'static str {
    #[cfg(all(feature = "job-lexicon", not(target_arch = "wasm32")))]
    return data("jd_terms");
    #[cfg(not(all(feature = "job-lexicon", not(target_arch = "wasm32"))))]
    JOB_TERMS.get().map_or("", String::as_str)
}

/// Hint phrases (a `concepts.txt` line's last field), each with the
/// concepts it hints at: they point a job description's missing terms at
/// bullets that may show them. Empty without `lens` (no job descriptions).
fn load_hints() -> (PhraseSet<usize>, Vec<Vec<usize>>) {
    let mut hints = PhraseSet::stemmed();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    if !cfg!(feature = "lens") {
        return (hints, groups);
    }
    let mut index: FastMap<String, usize> = FastMap::default();
    for (concept, line) in concept_lines().enumerate() {
        for h in list(line.split('|').nth(4).unwrap_or_default()) {
            // Hints that stem alike ("container", "containers") share a group.
            let words = crate::text::phrase_words(h);
            let key: Vec<&str> = words.iter().map(|w| stem(w)).collect();
            let g = *index.entry(key.join(" ")).or_insert_with(|| {
                hints.insert(h, groups.len());
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(concept);
        }
    }
    (hints, groups)
}

/// The role lens's themes and, per role, the phrases that evidence each.
/// Empty without `lens` (no role lens).
fn load_themes() -> (Vec<Theme>, Vec<PhraseSet<usize>>) {
    let mut themes = Vec::new();
    let mut words: Vec<PhraseSet<usize>> = Role::ALL.iter().map(|_| PhraseSet::stemmed()).collect();
    if !cfg!(feature = "lens") {
        return (themes, words);
    }
    for line in entries(data("role_themes")) {
        let f: Vec<&str> = line.split('|').map(str::trim).collect();
        let role = Role::from_name(f[0]).unwrap_or_else(|| panic!("unknown role {}", f[0]));
        for w in list(f[3]) {
            words[role as usize].insert(w, themes.len());
        }
        themes.push(Theme {
            role,
            id: f[1].to_string(),
            label: f[2].to_string(),
        });
    }
    (themes, words)
}

/// The generated technology names (`tech_names.txt`, by
/// `scripts/lexicon/generate.mjs`): every form to its index, and the names.
pub struct TechNames {
    pub forms: PhraseSet<usize>,
    pub names: Vec<TechName>,
}

/// The first line of a generated list: anything else (a server's error
/// page, say) is not read as names.
const GENERATED: &str = "# Generated by scripts/lexicon/generate.mjs";

impl TechNames {
    /// Reads a generated list: `Name | class | other forms`, `~` before a
    /// name that is also an English word.
    pub fn parse(text: &str) -> TechNames {
        let (mut forms, mut names) = (PhraseSet::stemmed(), Vec::new());
        for line in entries(text) {
            let mut f = line.split('|').map(str::trim);
            let written = f.next().unwrap_or_default();
            let _class = f.next();
            let other: Vec<String> = list(f.next().unwrap_or_default())
                .map(str::to_string)
                .collect();
            let name = written.trim_start_matches('~');
            for form in std::iter::once(name).chain(other.iter().map(String::as_str)) {
                forms.insert(form, names.len());
            }
            names.push(TechName {
                name: name.to_string(),
                capital_only: written.starts_with('~'),
                forms: other,
            });
        }
        TechNames { forms, names }
    }
}

static TECH_NAMES: OnceLock<TechNames> = OnceLock::new();
static JOB_TERMS: OnceLock<String> = OnceLock::new();
static JOB_LISTS: OnceLock<String> = OnceLock::new();

/// The lists only a job description reads (how a posting's headings,
/// roles, idioms and cues are worded). A browser's wasm does not carry
/// them (4 KB gzipped): they are served after the job lexicon's terms in
/// `jd_terms.txt`, each under its `[name]` (`scripts/lexicon/compact.mjs`,
/// `withJobLists`), and installed with it. Before that, or when the fetch
/// fails, they are empty: a posting is then read without its structure.
pub const JOB_LISTS_NAMES: [&str; 12] = [
    "jd_headings",
    "jd_stopwords",
    "jd_roles",
    "jd_nominals",
    "jd_idioms",
    "jd_list_cues",
    "jd_nice_cues",
    "jd_generic",
    "jd_everyday_tools",
    "jd_section_headings",
    "jd_translations",
    "jd_page_words",
];

/// The words of one kind of `jd_page_words.txt` that `PageWords` does not
/// hold ("stack": a resume line's label for a role's stack, "Tech:",
/// "使用技術："; "agenda": a programme's row's words, "Keynote"), read
/// where a job description is: the first load's lexicon stays as it was.
pub fn page_words_of(kind: &'static str) -> impl Iterator<Item = &'static str> {
    entries(job_list("jd_page_words")).filter_map(move |line| {
        line.split_once(':')
            .filter(|(k, _)| *k == kind)
            .map(|(_, words)| words.trim())
    })
}

/// One of [`JOB_LISTS_NAMES`]: built into native builds, else installed.
pub(super) fn job_list(name: &str) -> &'static str {
    #[cfg(not(target_arch = "wasm32"))]
    return data(name);
    #[cfg(target_arch = "wasm32")]
    JOB_LISTS
        .get()
        .and_then(|all| list_section(all, name))
        .unwrap_or("")
}

/// The lists served after the terms: from the first line `[jd_…]` on.
fn split_lists(terms: &str) -> (&str, &str) {
    let at = if terms.starts_with("[jd_") {
        Some(0)
    } else {
        terms.find("\n[jd_").map(|at| at + 1)
    };
    at.map_or((terms, ""), |at| terms.split_at(at))
}

/// The lines under `[name]` in `lists`, up to the next `[…]` line.
#[cfg(any(target_arch = "wasm32", test))]
fn list_section<'a>(lists: &'a str, name: &str) -> Option<&'a str> {
    let mut at = 0;
    let mut from = None;
    for line in lists.split_inclusive('\n') {
        let header = line
            .trim_end()
            .strip_prefix('[')
            .and_then(|l| l.strip_suffix(']'));
        match (header, from) {
            (Some(_), Some(start)) => return Some(&lists[start..at]),
            (Some(h), None) if h == name => from = Some(at + line.len()),
            _ => {}
        }
        at += line.len();
    }
    from.map(|start| &lists[start..])
}

/// Whether one word, any case, is a known name: a concept's form or a
/// generated technology name ("Kafka", "ITIL", "SQS").
pub fn is_a_known_word(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    tailor_lexicon().forms.match_word(&lower).is_some()
        || tech_names().is_some_and(|tn| tn.forms.match_word(&lower).is_some())
}

/// Whether one word, any case, names a technology: a concept of kind Tech
/// or a generated technology name ("Kafka", "Postgres"), not a practice.
pub fn is_a_known_technology(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let lx = tailor_lexicon();
    lx.forms
        .match_word(&lower)
        .is_some_and(|&c| lx.concepts[c].kind == ConceptKind::Tech)
        || tech_names().is_some_and(|tn| tn.forms.match_word(&lower).is_some())
}

/// The generated technology names, when this build has them: native builds
/// with the `job-lexicon` feature carry them; a browser build has them once
/// the page fetched `tech_names.txt` and [`install_job_lexicon`] read it.
pub fn tech_names() -> Option<&'static TechNames> {
    #[cfg(all(feature = "job-lexicon", not(target_arch = "wasm32")))]
    return Some(TECH_NAMES.get_or_init(|| TechNames::parse(data("tech_names"))));
    #[cfg(not(all(feature = "job-lexicon", not(target_arch = "wasm32"))))]
    TECH_NAMES.get()
}

/// Reads the job lexicon fetched at run time (a browser loads it once a job
/// description is typed, not in the first load):
/// `names`, the generated technology names (`tech_names.txt`), and `terms`,
/// the long tail of practices and competencies (`jd_terms.txt`). True once
/// they are in; false, with nothing changed, for texts that are not those
/// lists (a server's error page, say). Call it between checks: a job
/// description parsed before has to be parsed again to use them.
pub fn install_job_lexicon(names: &str, terms: &str) -> bool {
    let (terms, lists) = split_lists(terms);
    if !names.starts_with(GENERATED) || !are_concept_lines(terms) {
        return false;
    }
    TECH_NAMES.get_or_init(|| TechNames::parse(names));
    // Before the terms: the lexicon they switch to reads the lists.
    JOB_LISTS.get_or_init(|| lists.to_string());
    // A resume's headings in other languages: the document layer's list.
    #[cfg(feature = "lens")]
    crate::lexicon::install_other_sections(job_list("jd_section_headings"));
    JOB_TERMS.get_or_init(|| terms.to_string());
    true
}

/// A concept line's fourth field: the concept it falls under, and whether
/// it is a kind of it. A curated line's is always its broader concept; a
/// long-tail line's is a topic (partial evidence: DNS under networking)
/// unless written "a kind of …" (star schema is dimensional modeling, so
/// showing it shows that).
fn parent_of(field: &str) -> (bool, &str) {
    let field = field.trim();
    match field.strip_prefix("a kind of ") {
        Some(parent) => (true, parent.trim()),
        None => (false, field),
    }
}

/// Whether every line of `terms` is a concept line the lexicon can read:
/// a name, a known kind, and a broader concept that exists (among the
/// built-in concepts or these lines). The loader panics on anything else,
/// so a fetched text is checked first.
fn are_concept_lines(terms: &str) -> bool {
    let mut names: FastSet<String> = entries(data("concepts"))
        .chain(entries(practices()))
        .chain(entries(terms))
        .map(|l| {
            l.split('|')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase()
        })
        .collect();
    names.remove("");
    let mut lines = entries(terms).peekable();
    lines.peek().is_some()
        && lines.all(|line| {
            let f: Vec<&str> = line.split('|').map(str::trim).collect();
            let broader = parent_of(f.get(3).copied().unwrap_or_default())
                .1
                .to_ascii_lowercase();
            f.len() >= 2
                && !f[0].is_empty()
                && matches!(
                    f[1],
                    "tech" | "practice" | "concept" | "seniority" | "language"
                )
                && (broader.is_empty() || names.contains(&broader))
        })
}

/// Whether the word at `at` opens its line, after any list marker: where a
/// duty's verb stands, capitalised ("- Profile hot paths").
///
/// Good: "- Profile hot paths", "Profile it". Bad: "Update your profile".
fn opens_a_line(text: &str, at: usize) -> bool {
    let before =
        text[..at].trim_end_matches(|c: char| c == ' ' || c == '\t' || "-*•·–".contains(c));
    before.is_empty() || before.ends_with('\n')
}

/// "Series C", "Grade C", "Plan C", "Rev C": a lone letter after a word it labels
/// is no language.
///
/// Good: "Series C". Bad (the language): "firmware in C", "C and C++".
fn labels_a_letter(tokens: &[Token], at: usize) -> bool {
    tokens[at].lower.len() == 1
        && at.checked_sub(1).is_some_and(|p| {
            matches!(
                tokens[p].lower.as_str(),
                "series" | "grade" | "round" | "vitamin" | "type" | "class" | "plan" | "tier"
            ) || cfg!(feature = "lens")
                && matches!(tokens[p].lower.as_str(), "rev" | "revision" | "option")
        })
}

/// A form as written and with its words' joiner swapped, since postings
/// write either: "golden path" and "golden-path", "highly-available" and
/// "highly available". Only words of letters ("end-to-end", not "24/7").
///
/// Good: "golden path" -> also "golden-path". Bad: "C++ templates", "p99".
fn spellings(form: &str, postings: bool) -> Vec<String> {
    let letters = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic());
    let words: Vec<&str> = form.split(' ').collect();
    let parts: Vec<&str> = form.split('-').collect();
    let other = if (2..=3).contains(&words.len()) && words.iter().all(|w| letters(w)) {
        Some(words.join("-"))
    } else if words.len() == 1 && (2..=3).contains(&parts.len()) && parts.iter().all(|w| letters(w))
    {
        Some(parts.join(" "))
    } else {
        None
    };
    let mut all: Vec<String> = std::iter::once(form.to_string()).chain(other).collect();
    // Postings' other spellings, with the job lexicon only (the first
    // load's skill check and a role alone go without them, their bytes and
    // their cost at load).
    if postings {
        // "major-version upgrades": a compound modifier before its noun.
        if words.len() == 3 && words.iter().all(|w| letters(w)) {
            all.push(format!("{}-{} {}", words[0], words[1], words[2]));
        }
        let regional: Vec<String> = all.iter().filter_map(|f| other_region(f)).collect();
        all.extend(regional);
    }
    all
}

/// Words spelt one way in American English and another in British
/// ("behavior", "behaviour"), both ways.
const REGIONAL: &[(&str, &str)] = &[
    ("behavior", "behaviour"),
    ("neighbor", "neighbour"),
    ("color", "colour"),
    ("labor", "labour"),
    ("favor", "favour"),
    ("center", "centre"),
    ("centers", "centres"),
    ("catalog", "catalogue"),
    ("catalogs", "catalogues"),
    ("defense", "defence"),
    ("license", "licence"),
    ("licenses", "licences"),
    ("modeling", "modelling"),
    ("modeled", "modelled"),
    ("labeling", "labelling"),
    ("labeled", "labelled"),
    ("traveling", "travelling"),
    ("canceled", "cancelled"),
    ("fulfillment", "fulfilment"),
    ("program", "programme"),
    ("programs", "programmes"),
    ("gray", "grey"),
];

/// A form in the other region's spelling, when one of its words has one:
/// "-ization" and "-isation", "-ize" to "-ise", "-yze" to "-yse", and the
/// words of [`REGIONAL`].
///
/// Good: "data modeling" -> "data modelling", "authorization" ->
/// "authorisation", "optimise" <- "optimize". Bad: "enterprise" (no
/// "enterprize"), "size".
fn other_region(form: &str) -> Option<String> {
    let swap = |w: &str| -> Option<String> {
        if let Some(&(a, b)) = REGIONAL.iter().find(|(a, b)| w == *a || w == *b) {
            return Some(if w == a { b } else { a }.to_string());
        }
        // "-iz-" to "-is-" (and "-yz-" to "-ys-") before a suffix:
        // "optimize", "containerized", "authorization" (and back for
        // "-isation", which is always "-ization").
        for (us, uk) in [("iz", "is"), ("yz", "ys"), ("isation", "ization")] {
            if let Some(at) = w.rfind(us).filter(|&at| at >= 3) {
                let rest = &w[at + us.len()..];
                let suffix = us.len() == 7
                    || ["e", "es", "ed", "ing", "ation", "ations", "er", "ers"].contains(&rest);
                if suffix {
                    return Some(format!("{}{uk}{rest}", &w[..at]));
                }
            }
        }
        None
    };
    let mut changed = false;
    let words: Vec<String> = form
        .split(' ')
        .map(|w| {
            w.split('-')
                .map(|p| {
                    swap(p)
                        .inspect(|_| changed = true)
                        .unwrap_or_else(|| p.to_string())
                })
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// The gapped forms with those derived from names and forms
/// (`verb_object_forms`) after the written ones, so among one verb's forms
/// a form with its gap written out is tried first; ordered by head, so a
/// word finds its forms by a binary search. With `jd_nominals.txt`'s
/// `between:` words.
///
/// An object that names another concept makes no form, unless that is
/// what this one is a kind of ("tune … performance" is performance tuning;
/// "testing REST APIs" asks for REST, not only API testing).
fn with_derived_forms(
    mut gapped: Vec<Gapped>,
    derived_from: Vec<(usize, &str)>,
    forms: &PhraseSet<usize>,
    concepts: &[Concept],
) -> (Vec<Gapped>, Vec<String>) {
    let names_a_wider_one = |object: &str, concept: usize| {
        let tokens = crate::text::tokenize(object, &[crate::span::Span::new(0, object.len())]);
        let Some((_, &named)) = forms.match_at(&tokens, 0) else {
            return true;
        };
        let mut next = Some(concept);
        while let Some(c) = next {
            if c == named || concepts[c].topic == Some(named) {
                return true;
            }
            next = concepts[c].broader;
        }
        false
    };
    let nominals = nominals();
    for (concept, form) in derived_from {
        gapped.extend(verb_object_forms(form, concept, &nominals, |object| {
            names_a_wider_one(object, concept)
        }));
    }
    let not_between = entries(job_list("jd_nominals"))
        .filter_map(|l| l.strip_prefix("between:"))
        .flat_map(list)
        .map(str::to_string)
        .collect();
    let mut order: Vec<usize> = (0..gapped.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| (gapped[i].head[0].as_str(), i));
    let mut slots: Vec<Option<Gapped>> = gapped.into_iter().map(Some).collect();
    let gapped = order.iter().filter_map(|&i| slots[i].take()).collect();
    (gapped, not_between)
}

/// A concept's form in a language that inflects a word's ending:
/// "päivysty*" in `jd_translations.txt` is "päivystys", "päivystykseen"
/// and "päivystyksessä" (Finnish on-call). A word written with `*` is a
/// stem any word may start with; the others are whole words. Every form
/// written outside ASCII is one too, so its capitals are folded.
struct StemForm {
    /// Its lowercase words, each with whether it is a stem (written with
    /// `*` in the list).
    words: Vec<(&'static str, bool)>,
    concept: usize,
}

impl StemForm {
    /// Whether its words are the words at `tokens[at..]`.
    fn fits_at(&self, tokens: &[Token], at: usize) -> bool {
        self.words.len() <= tokens.len() - at
            && self
                .words
                .iter()
                .zip(&tokens[at..])
                .all(|(&(w, stem), t)| t.kind == Kind::Word && says(&t.lower, w, stem))
    }
}

/// The stem forms, by the first three bytes of their first word: most
/// words start none, told by one lookup, and the rest try only the few
/// that start as they do.
#[derive(Default)]
struct StemForms {
    forms: Vec<StemForm>,
    by_start: FastMap<u32, Vec<usize>>,
    /// The forms of two words or more, by their start: what may say more
    /// than a plain form's one word ([`longer_stem_form_at`]).
    longer_by_start: FastMap<u32, Vec<usize>>,
    /// The one-word forms in Chinese characters, longest first: read
    /// inside a run of them too ([`han_form_in`]).
    han: Vec<usize>,
}

/// The stem forms once the job lexicon is there; asked before (a role's
/// check in a browser), none, and nothing kept.
fn stem_forms() -> Option<&'static StemForms> {
    static FORMS: OnceLock<StemForms> = OnceLock::new();
    if let Some(built) = FORMS.get() {
        return Some(built);
    }
    if !reads_postings() {
        return None;
    }
    Some(FORMS.get_or_init(|| {
        let mut built = StemForms::default();
        let lx = tailor_lexicon();
        let mut add = |form: &'static str, concept: usize| {
            let words: Vec<(&str, bool)> = form
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| w.strip_suffix('*').map_or((w, false), |stem| (stem, true)))
                .collect();
            if let Some(key) = words.first().and_then(|(w, _)| first_letters(w)) {
                built
                    .by_start
                    .entry(key)
                    .or_default()
                    .push(built.forms.len());
                if words.len() > 1 {
                    built
                        .longer_by_start
                        .entry(key)
                        .or_default()
                        .push(built.forms.len());
                }
                built.forms.push(StemForm { words, concept });
            }
        };
        for line in entries(job_list("jd_translations")) {
            let (name, forms_of) = line.split_once('|').unwrap_or_default();
            let Some(concept) = lx.concepts.iter().position(|c| c.name == name.trim()) else {
                continue;
            };
            // A form written outside ASCII is read here too, whole words
            // only: its capital ("Ελληνικά", "Ügyelet" at a line's start)
            // is folded as a stem's is; the forms' set lowers ASCII only.
            for form in
                list(forms_of).filter(|f| (f.contains('*') || !f.is_ascii()) && !f.contains('…'))
            {
                add(form, concept);
            }
        }
        // And a concept's own forms written outside ASCII ("английский"
        // of English, read in a resume's "Английский — B2")
        for (concept, line) in concept_lines().enumerate() {
            let forms_of = line.split('|').nth(2).unwrap_or_default();
            for form in list(forms_of).filter(|f| !f.is_ascii() && !f.contains('…')) {
                add(form, concept);
            }
        }
        // Three characters or more: a two-character form ("英文", "值班")
        // is inside too many other words ("英文名", "不需要值班").
        built.han = (0..built.forms.len())
            .filter(|&k| match built.forms[k].words[..] {
                [(w, false)] => w.chars().all(is_han) && w.chars().count() >= 3,
                _ => false,
            })
            .collect();
        crate::sort::sort_by_key(&mut built.han, |&k| {
            std::cmp::Reverse(built.forms[k].words[0].0.len())
        });
        built
    }))
}

/// A letter as a stem form compares it: lowercase ("Č", "Ä":
/// `heading_lowercase`, no Unicode tables), and Romanian's "ş" and "ţ"
/// with a cedilla, still common, as its "ș" and "ț" with a comma below.
fn folded(c: char) -> char {
    match crate::document::lines::heading_lowercase(c) {
        'ş' => 'ș',
        'ţ' => 'ț',
        c => c,
    }
}

/// A word's first three bytes, folded, as one number: ASCII (most words)
/// as it is, read from the bytes; only a word starting with another
/// letter is folded first.
fn first_letters(word: &str) -> Option<u32> {
    let key = |b: &[u8]| {
        (b.len() >= 3).then(|| u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]))
    };
    let b = word.as_bytes();
    if b.iter().take(3).all(u8::is_ascii) {
        return key(b);
    }
    let mut buf = [0u8; 12];
    let mut n = 0;
    for c in word.chars().map(folded).take(3) {
        n += c.encode_utf8(&mut buf[n..]).len();
    }
    key(&buf[..n])
}

/// Whether `word` (a token's ASCII-lowercased text) is `want`, or starts
/// with it when `stem`, capitals aside ([`folded`]).
fn says(word: &str, want: &str, stem: bool) -> bool {
    // Both in ASCII (most of a resume's words and many forms): bytes,
    // capitals aside, without decoding.
    if word.is_ascii() && want.is_ascii() {
        let (w, f) = (word.as_bytes(), want.as_bytes());
        return if stem {
            w.len() >= f.len() && w[..f.len()].eq_ignore_ascii_case(f)
        } else {
            w.eq_ignore_ascii_case(f)
        };
    }
    // An ASCII word against a form that leaves ASCII later ("into" and
    // "intégration"): the form's ASCII start first, as bytes. Most such
    // pairs part there.
    if cfg!(feature = "lens") && word.is_ascii() {
        let k = want
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(want.len());
        if word.len() < k || !word.as_bytes()[..k].eq_ignore_ascii_case(&want.as_bytes()[..k]) {
            return false;
        }
    }
    let mut got = word.chars().map(folded);
    // The form folded too: Turkish writes "ş" with the cedilla that
    // `folded` turns into Romanian's comma ("eşzamanlılık").
    let starts = want.chars().all(|w| got.next() == Some(folded(w)));
    starts && (stem || got.next().is_none())
}

/// The concept "onboarding" names beside a word of hiring.
pub(crate) const ENGINEER_ONBOARDING: &str = "engineer onboarding";

/// "owning the hiring plan, interviews and onboarding", "Hiring … and
/// making onboarding better": a bare "onboarding" on a line with a word of
/// bringing people in (`recruiting:` in `jd_roles.txt`) is the onboarding of
/// new engineers. Elsewhere it may be a customer's or a merchant's.
///
/// Good: "owning the hiring plan, interviews and onboarding". Bad: "Improve
/// the developer experience of our CLI and onboarding", "Merchant
/// Onboarding", "customer onboarding flows" (a word before it names whose).
fn onboards_new_hires(lx: &TailorLexicon, tokens: &[Token], i: usize, text: &str) -> bool {
    use super::extract::line_break;
    if !cfg!(feature = "lens") || tokens[i].lower != "onboarding" {
        return false;
    }
    // "customer onboarding", "Merchant Onboarding": whose it is comes
    // first. A function word or a verb before it names no one ("and
    // onboarding", "own onboarding", "making onboarding better").
    let named_before = i > 0 && {
        let prev = &tokens[i - 1];
        prev.is_word()
            && !line_break(text, prev, &tokens[i])
            && !lx.stopwords.contains(prev.lower.as_str())
            && !super::extract::is_a_gerund(&prev.lower)
            && crate::lexicon::lexicon().verb(&prev.lower).is_none()
    };
    // The clause around it: no line break, no sentence's or clause's mark.
    let ends_a_clause = |t: &Token| {
        t.kind == Kind::Punct && matches!(t.lower.as_str(), "." | ";" | "?" | "!" | "(" | ")")
    };
    let before = (0..i)
        .rev()
        .take_while(|&k| !ends_a_clause(&tokens[k]) && !line_break(text, &tokens[k], &tokens[i]));
    let after = (i + 1..tokens.len())
        .take_while(|&k| !ends_a_clause(&tokens[k]) && !line_break(text, &tokens[i], &tokens[k]));
    let word = |k: usize| tokens.get(k).map(|t| t.lower.as_str());
    // A word of bringing people in, said of the hire's work: not the
    // employer hiring ("We are hiring a senior engineer to rebuild
    // onboarding"), the person hired ("Hired as the first mobile
    // engineer"), a contract's kind ("contract to hire") or a user's
    // interviews ("Run user interviews and improve the onboarding").
    let recruits = |k: usize| {
        let prev = k.checked_sub(1).and_then(word);
        lx.is_role_word(RoleWord::Recruiting, &tokens[k].lower)
            && !matches!(
                prev,
                Some(
                    "are"
                        | "is"
                        | "we're"
                        | "were"
                        | "to"
                        | "user"
                        | "users"
                        | "customer"
                        | "customers"
                )
            )
            && word(k + 1) != Some("as")
    };
    !named_before && before.take(30).chain(after.take(30)).any(recruits)
}

/// The stem forms whose first word starts as `t` does (its first three
/// bytes, folded).
fn stem_forms_at(t: &Token) -> impl Iterator<Item = &'static StemForm> {
    let found = (cfg!(feature = "lens") && t.kind == Kind::Word)
        .then(stem_forms)
        .flatten()
        .and_then(|sf| Some((sf, sf.by_start.get(&first_letters(&t.lower)?)?)));
    found
        .into_iter()
        .flat_map(|(sf, list)| list.iter().map(|&k| &sf.forms[k]))
}

/// Whether a stem form may start at `t` (a resume's words are tried only
/// where some form may start: `TailorLexicon::starts`).
pub fn may_start_a_stem_form(t: &Token) -> bool {
    stem_forms_at(t).any(|f| {
        let (w, stem) = f.words[0];
        says(&t.lower, w, stem)
    }) || han_form_in(t).is_some()
}

/// A Chinese character (or a Japanese kanji): a script that writes no
/// spaces between its words.
///
/// Good: '需', '團'. Bad: 'a', 'я', 'א', 'ー'.
pub(super) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// The longest form of three Chinese characters or more inside `t`, a
/// run of them with no spaces ("目前負責 9 個微服務" has "個微服務"): its
/// concept. A run says one term so; the form itself, whole, is a plain
/// stem form's. Not in Japanese, whose kana end its words ("決済基盤の信頼性").
///
/// Good: "個微服務" (microservices), "跑單元測試" (unit testing). Bad:
/// "微服務" (whole: read as any form is), "Kafka", "英文名" (a short form),
/// "基盤の信頼性" (kana).
fn han_form_in(t: &Token) -> Option<usize> {
    if !cfg!(feature = "lens") || t.kind != Kind::Word {
        return None;
    }
    let sf = stem_forms()?;
    let word: &str = &t.lower;
    if !word.chars().all(is_han) {
        return None;
    }
    sf.han
        .iter()
        .map(|&k| &sf.forms[k])
        .find(|f| word.len() > f.words[0].0.len() && word.contains(f.words[0].0))
        .map(|f| f.concept)
}

/// A stem form of more than `n` words at `tokens[at]`: (tokens, concept).
/// Asked wherever a plain form matched, so only the forms of two words or
/// more are looked at.
///
/// Good: "Angol nyelvtudás" over "angol" (n = 1). Bad: "angol" alone.
fn longer_stem_form_at(tokens: &[Token], at: usize, n: usize) -> Option<(usize, usize)> {
    let sf = stem_forms()?;
    let list = sf.longer_by_start.get(&first_letters(&tokens[at].lower)?)?;
    list.iter()
        .map(|&k| &sf.forms[k])
        .filter(|f| f.words.len() > n && f.fits_at(tokens, at))
        .map(|f| (f.words.len(), f.concept))
        .max_by_key(|&(m, _)| m)
}

/// The concept a stem form names at `tokens[at]`: (tokens, concept).
///
/// Good: "Päivystykseen" (on-call), "palvelutasotavoitteet" (SLOs).
/// Bad: "päivä" (a day, not "päivysty*").
fn stem_form_at(tokens: &[Token], at: usize) -> Option<(usize, usize)> {
    stem_forms_at(&tokens[at])
        .filter(|f| f.fits_at(tokens, at))
        .map(|f| (f.words.len(), f.concept))
        .max_by_key(|&(n, _)| n)
        .or_else(|| han_form_in(&tokens[at]).map(|c| (1, c)))
}

impl TailorLexicon {
    fn load() -> TailorLexicon {
        let mut concepts = Vec::new();
        let mut forms = PhraseSet::stemmed();
        let mut resume_only = PhraseSet::stemmed();
        let mut broader_names = Vec::new();
        let mut gapped: Vec<Gapped> = Vec::new();
        let postings = reads_postings();
        // Names and forms a verb and its object may say (`verb_object_forms`).
        let mut derived_from = Vec::new();
        for (i, line) in concept_lines().enumerate() {
            let f: Vec<&str> = line.split('|').map(str::trim).collect();
            let name = f[0];
            if postings && kind_of(f[1]) != ConceptKind::Tech {
                derived_from.extend(
                    concept_names(line)
                        .filter(|f| !f.contains('…'))
                        .map(|f| (i, f)),
                );
            }
            for form in concept_names(line) {
                // A gapped form is read with the job lexicon only.
                if form.contains('…') {
                    if postings {
                        if let Some(g) = gapped_form(form, i) {
                            gapped.push(g);
                        }
                    }
                    continue;
                }
                for spelling in spellings(form, postings) {
                    forms.insert(&spelling, i);
                }
            }
            broader_names.push(parent_of(f.get(3).copied().unwrap_or_default()));
            concepts.push(Concept {
                name: name.to_string(),
                kind: kind_of(f[1]),
                broader: None,
                topic: None,
            });
        }
        // The concepts' forms in other languages ("pruebas unitarias"):
        // further forms of the concepts they name.
        if postings {
            for line in entries(job_list("jd_translations")) {
                let (name, forms_of) = line
                    .split_once('|')
                    .expect("jd_translations.txt: concept | forms");
                let name = name.trim();
                let i = concepts
                    .iter()
                    .position(|c: &Concept| c.name == name)
                    .unwrap_or_else(|| panic!("jd_translations.txt: no concept {name}"));
                // A stem form ("päivysty*") is read by `stem_form_at`.
                for form in list(forms_of).filter(|f| !f.contains('*')) {
                    if form.contains('…') {
                        gapped.extend(gapped_form(form, i));
                        continue;
                    }
                    let (form, in_resumes_only) =
                        form.strip_prefix('!').map_or((form, false), |f| (f, true));
                    for spelling in spellings(form, postings) {
                        forms.insert(&spelling, i);
                        if in_resumes_only {
                            resume_only.insert(&spelling, i);
                        }
                    }
                }
            }
        }
        // The job lexicon's long tail comes after the curated lines.
        let curated = entries(data("concepts")).count() + entries(practices()).count();
        for (i, (kind_of, b)) in broader_names.iter().enumerate() {
            if !b.is_empty() {
                let found = concepts.iter().position(|c| c.name.eq_ignore_ascii_case(b));
                let found = Some(found.unwrap_or_else(|| panic!("no concept {b}")));
                if i < curated || *kind_of {
                    concepts[i].broader = found;
                } else {
                    concepts[i].topic = found;
                }
            }
        }

        let (hints, hint_groups) = load_hints();
        let (themes, theme_words) = load_themes();

        let mut scope_verbs = FastMap::default();
        let mut scope_phrases = PhraseSet::stemmed();
        for line in entries(data("scope_cues")) {
            let (head, words) = line.split_once('|').expect("scope line has a '|'");
            let (level, what) = head.trim().rsplit_once(' ').expect("level and kind");
            let scope = scope_of(level);
            for w in list(words) {
                if what == "verbs" {
                    scope_verbs.insert(w.to_string(), scope);
                } else {
                    scope_phrases.insert(w, scope);
                }
            }
        }

        let mut artifacts = PhraseSet::stemmed();
        for line in entries(data("artifacts")) {
            for w in list(line) {
                artifacts.insert(w, ());
            }
        }
        // Read by `Job::parse` only.
        let stopwords = if cfg!(feature = "lens") {
            entries(job_list("jd_stopwords"))
                .flat_map(list)
                .map(str::to_string)
                .collect()
        } else {
            FastSet::default()
        };

        // Read by `posting::no_requirements` only.
        let (mut no_requirement_headings, mut job_headings) = (Vec::new(), Vec::new());
        let mut form_headings = Vec::new();
        let mut about_headings = Vec::new();
        let mut panel_headings = Vec::new();
        let mut listing_headings = Vec::new();
        let mut owned_headings = Vec::new();
        let mut turn_headings = Vec::new();
        let mut field_headings = Vec::new();
        let mut signoffs = Vec::new();
        let mut job_part_words = Vec::new();
        let mut idioms = PhraseSet::new();
        let (mut list_cues, mut nice_cues) = (PhraseSet::new(), PhraseSet::new());
        let mut generic_items = FastSet::default();
        let mut nice_headings = Vec::new();
        let mut page_words = PageWords::default();
        let mut roles = crate::hash::FastMap::default();
        if cfg!(feature = "lens") {
            for line in entries(job_list("jd_headings")) {
                match line.split_once(':') {
                    Some(("skip", h)) => no_requirement_headings.push(h.trim().to_string()),
                    Some(("about", h)) => {
                        no_requirement_headings.push(h.trim().to_string());
                        about_headings.push(h.trim().to_string());
                    }
                    Some(("field", h)) => field_headings.push(h.trim().to_string()),
                    Some(("signoff", h)) => signoffs.push(h.trim().to_string()),
                    Some(("form", h)) => {
                        no_requirement_headings.push(h.trim().to_string());
                        form_headings.push(h.trim().to_string());
                    }
                    Some(("panel", h)) => {
                        no_requirement_headings.push(h.trim().to_string());
                        panel_headings.push(h.trim().to_string());
                    }
                    Some(("listing", h)) => {
                        no_requirement_headings.push(h.trim().to_string());
                        listing_headings.push(h.trim().to_string());
                    }
                    Some(("owned", h)) => owned_headings.push(h.trim().to_string()),
                    Some(("turn", h)) => turn_headings.push(h.trim().to_string()),
                    Some(("job", h)) => job_headings.push(h.trim().to_string()),
                    Some(("part", h)) => job_part_words.push(h.trim().to_string()),
                    Some(("nice", h)) => nice_headings.push(h.trim().to_string()),
                    _ => panic!(
                        "jd_headings.txt: {line:?} is not skip:, about:, field:, signoff:, form:, panel:, owned:, turn:, job:, part: or nice:"
                    ),
                }
            }
            for line in entries(job_list("jd_roles")) {
                let (kind, words) = line.split_once(':').expect("jd_roles.txt: kind: words");
                let bit = match kind {
                    "person" => RoleWord::Person,
                    "role" => RoleWord::Role,
                    "leaders" => RoleWord::Leaders,
                    "hire" => RoleWord::Hire,
                    "duty" => RoleWord::Duty,
                    "team" => RoleWord::Team,
                    "place" => RoleWord::Place,
                    "money" => RoleWord::Money,
                    "benefit" => RoleWord::Benefit,
                    "practice" => RoleWord::Practice,
                    "unskilled" => RoleWord::Unskilled,
                    "broad" => RoleWord::Broad,
                    "verbal" => RoleWord::Verbal,
                    "talk" => RoleWord::Talk,
                    "qualifier" => RoleWord::Qualifier,
                    "vetting" => RoleWord::Vetting,
                    "portuguese" => RoleWord::Portuguese,
                    "retired" => RoleWord::Retired,
                    "moved" => RoleWord::Moved,
                    "leaving" => RoleWord::Leaving,
                    "determiner" => RoleWord::Determiner,
                    "negation" => RoleWord::Negation,
                    "purchase" => RoleWord::Purchase,
                    "unnegated" => RoleWord::Unnegated,
                    "vendor" => RoleWord::Vendor,
                    "instrument" => RoleWord::Instrument,
                    "tech_noun" => RoleWord::TechNoun,
                    "clause" => RoleWord::Clause,
                    "recruiting" => RoleWord::Recruiting,
                    _ => panic!("jd_roles.txt: {kind:?} is no list"),
                } as u32;
                for w in list(words) {
                    *roles.entry(w.to_string()).or_insert(0) |= bit;
                }
            }
            for line in entries(job_list("jd_idioms")) {
                idioms.insert(line, ());
            }
            for line in entries(job_list("jd_list_cues")) {
                list_cues.insert(line, ());
            }
            for line in entries(job_list("jd_nice_cues")) {
                let (reach, phrase) = line
                    .split_once(':')
                    .expect("jd_nice_cues.txt: reach: phrase");
                let reach = match reach {
                    "before" => NiceReach::Before,
                    "after" => NiceReach::After,
                    "either" => NiceReach::Sentence,
                    other => panic!("jd_nice_cues.txt: unknown reach {other}"),
                };
                nice_cues.insert(phrase.trim(), reach);
            }
            generic_items.extend(entries(job_list("jd_generic")).map(str::to_string));
            for line in entries(job_list("jd_page_words")) {
                let (kind, words) = line
                    .split_once(':')
                    .expect("jd_page_words.txt: kind: words");
                let list = match kind {
                    "opens" => &mut page_words.opens,
                    "eligibility" => &mut page_words.eligibility,
                    "unneeded" => &mut page_words.unneeded,
                    "contrast" => &mut page_words.contrast,
                    "clientele" => &mut page_words.clientele,
                    "menu" => &mut page_words.menu,
                    "control" => &mut page_words.control,
                    "beside" => &mut page_words.beside,
                    "fluency" => &mut page_words.fluency,
                    "ending" => &mut page_words.endings,
                    "elsewhere" => &mut page_words.elsewhere,
                    "filter" => &mut page_words.filters,
                    "spoken" => &mut page_words.spoken,
                    "negation" => &mut page_words.negations,
                    "chrome" => &mut page_words.chrome,
                    // Read where they are used (`page_words_of`).
                    "reaction" => &mut page_words.reactions,
                    "hires" => &mut page_words.hires,
                    "counted" => &mut page_words.counted,
                    "stack" | "agenda" | "standards" | "search" | "searched" | "footer"
                    | "notes" => continue,
                    _ => panic!("jd_page_words.txt: {kind:?} is no kind"),
                };
                list.push(words.trim().to_string());
            }
        }

        // Only for postings: the forms derived from names, all gapped
        // forms by head.
        let (gapped, not_between) = if postings {
            with_derived_forms(gapped, derived_from, &forms, &concepts)
        } else {
            (gapped, Vec::new())
        };
        let mut starts = FastSet::default();
        starts.extend(forms.first_words().map(str::to_string));
        starts.extend(hints.first_words().map(str::to_string));
        starts.extend(scope_phrases.first_words().map(str::to_string));
        starts.extend(artifacts.first_words().map(str::to_string));
        starts.extend(gapped.iter().map(|g| g.head[0].clone()));
        // Gapped forms are read with the lens only: no bounds without it.
        let gapped_by_pair: Vec<u32> = if cfg!(feature = "lens") {
            (0..=26 * 26)
                .map(|pair: usize| {
                    let key = [b'a' + (pair / 26) as u8, b'a' + (pair % 26) as u8];
                    gapped.partition_point(|g| g.head[0].as_bytes() < &key[..]) as u32
                })
                .collect()
        } else {
            Vec::new()
        };
        // Once each: the derived forms share a few heads ("manage", "monitor").
        let mut gapped_over_forms: Vec<usize> = Vec::new();
        for g in gapped.iter().filter(|g| g.head.len() == 1) {
            if let Some(&c) = forms.match_word(&g.head[0]) {
                if !gapped_over_forms.contains(&c) {
                    gapped_over_forms.push(c);
                }
            }
        }
        for words in &theme_words {
            starts.extend(words.first_words().map(str::to_string));
        }

        let mut ambiguous = FastSet::default();
        let mut everyday_tools = FastSet::default();
        let mut gerund_only = Vec::new();
        // The job lexicon's everyday-word tools: the same rule, read alike.
        let tools = if cfg!(feature = "lens") {
            job_list("jd_everyday_tools")
        } else {
            ""
        };
        let mut false_friends = FastSet::default();
        let mut capitals_only = FastSet::default();
        // (The first load reads no job description: no tools to read.)
        for name in entries(tools).filter(|_| cfg!(feature = "lens")) {
            if let Some(word) = name.strip_prefix("not:") {
                false_friends.insert(word.trim().to_string());
                continue;
            }
            if let Some(word) = name.strip_prefix("caps:") {
                capitals_only.insert(word.trim().to_string());
                ambiguous.insert(word.trim().to_string());
                continue;
            }
            everyday_tools.insert(name.to_string());
            ambiguous.insert(name.to_string());
        }
        for line in entries(data("ambiguous_names")) {
            match line.strip_prefix("ing:") {
                Some(name) => {
                    let root = stem(name.trim());
                    gerund_only.extend(forms.match_word(root).map(|&c| (c, root.to_string())));
                }
                None => {
                    ambiguous.insert(line.to_string());
                }
            }
        }
        let ambiguous_stems = ambiguous.iter().map(|w| stem(w).to_string()).collect();

        TailorLexicon {
            ambiguous,
            ambiguous_stems,
            everyday_tools,
            false_friends,
            capitals_only,
            gerund_only,
            roles,
            starts,
            gapped,
            not_between,
            gapped_over_forms,
            gapped_by_pair,
            concepts,
            forms,
            resume_only,
            hints,
            hint_groups,
            themes,
            theme_words,
            scope_verbs,
            scope_phrases,
            artifacts,
            stopwords,
            no_requirement_headings: Headings::new(no_requirement_headings),
            signoffs,
            form_headings: Headings::new(form_headings),
            about_headings: Headings::new(about_headings),
            panel_headings: Headings::new(panel_headings),
            listing_headings: Headings::new(listing_headings),
            owned_headings: Headings::new(owned_headings),
            turn_headings: Headings::new(turn_headings),
            field_headings: Headings::new(field_headings),
            job_headings: Headings::new(job_headings),
            job_part_words: Headings::new(job_part_words),
            idioms,
            list_cues,
            generic_items,
            nice_headings: Headings::new(nice_headings),
            nice_cues,
            page_words,
        }
    }

    /// Whether a one-word match on `word` (lowercase; `original` as written)
    /// names the technology: an everyday word ("go", "rest", "node") does
    /// only capitalized and uninflected ("Go", not "go deep", "nodes", "reacted").
    pub fn names_it(&self, word: &str, original: &str) -> bool {
        // (The first load reads no job description: no lookup there.)
        if cfg!(feature = "lens") && self.false_friends.contains(word) {
            return false;
        }
        if !self.ambiguous_stems.contains(stem(word)) {
            return true;
        }
        // "Rust's": the name's possessive is the name.
        let word = crate::text::possessed(word);
        self.ambiguous.contains(word)
            && original.starts_with(|c: char| c.is_ascii_uppercase())
            && (!cfg!(feature = "lens")
                || !self.capitals_only.contains(word)
                || !original.bytes().any(|b| b.is_ascii_lowercase()))
    }

    /// Whether `t` is the everyday noun of a practice one word names only
    /// as its gerund.
    ///
    /// Good: "networks", "network", "your profile". Bad (the practice):
    /// "networking", "profiled the service", "- Profile hot paths" (a duty's
    /// verb), "flamegraphs", "Kafka".
    fn wants_the_gerund(&self, t: &Token, concept: usize, text: &str) -> bool {
        // The gerund, a past tense and a duty's verb name the practice.
        // A duty's verb opens its line and takes an object there: "Profile
        // hot paths", not a heading's "Profile" or "Profil recherché".
        let the_verb = t.lower.ends_with("ing")
            || t.lower.ends_with("ed")
            || t.first_char_upper(text)
                && opens_a_line(text, t.span.start)
                && crate::lexicon::lexicon().verb(&t.lower).is_some()
                && text[t.span.end..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with(|c: char| c.is_ascii_alphanumeric());
        !the_verb
            && self
                .gerund_only
                .iter()
                .any(|(c, root)| *c == concept && t.stem() == root)
    }

    /// The concept named at `tokens[at]`: (tokens it spans, concept), with
    /// everyday words held to [`TailorLexicon::names_it`].
    pub fn concept_at(&self, tokens: &[Token], at: usize, text: &str) -> Option<(usize, usize)> {
        let gapped = || {
            if cfg!(feature = "lens") {
                self.gapped_at(tokens, at, text)
            } else {
                None
            }
        };
        let Some((n, &c)) = self.forms.match_at(tokens, at) else {
            if cfg!(feature = "lens") {
                if let Some(found) = stem_form_at(tokens, at) {
                    return Some(found);
                }
                if let Some(found) = gapped() {
                    return Some(found);
                }
                if onboards_new_hires(self, tokens, at, text) {
                    let c = self
                        .concepts
                        .iter()
                        .position(|c| c.name == ENGINEER_ONBOARDING);
                    return c.map(|c| (1, c));
                }
                // "Pythonu", "Dockerrel": a technology's name declined.
                let declined = super::inflected::inflected_name(&tokens[at], text, |b| {
                    self.forms.match_word(b).copied().filter(|&c| {
                        self.concepts[c].kind == ConceptKind::Tech
                            && !self.ambiguous_stems.contains(stem(b))
                    })
                });
                return declined.map(|c| (1, c));
            }
            return gapped();
        };
        // "Angol nyelvtudás" (English language skills): a stem form longer
        // than the plain form of its first word says more.
        if cfg!(feature = "lens") {
            if let Some(longer) = longer_stem_form_at(tokens, at, n) {
                return Some(longer);
            }
        }
        // "monitor models for drift": a gapped form says more than its
        // head's one word ("monitor"). Few heads are forms: asked only then.
        if n == 1 && cfg!(feature = "lens") && self.gapped_over_forms.contains(&c) {
            if let Some(found) = gapped() {
                return Some(found);
            }
        }
        let t = &tokens[at];
        // ".NET" is its dot glued to its word: not a sentence's full stop
        // and the next line's "Net" ("… NIS2.\nNet déi al AS/400").
        if cfg!(feature = "lens") && n > 1 && t.kind == Kind::Punct && tokens[at + 1].space_before {
            return None;
        }
        let named = n > 1
            || self.names_it(&t.lower, t.span.of(text))
                && !self.wants_the_gerund(t, c, text)
                && !labels_a_letter(tokens, at)
                && !self.spells_a_capital_s(t.span.of(text), &t.lower, c);
        named.then_some((n, c))
    }

    /// The technology a word names before a case ending set off by an
    /// apostrophe, as Estonian, Finnish and Turkish write one: "Cypress'i",
    /// "TypeScript'iga", "Python'da". Not English's contractions and
    /// possessives ("Kafka's", "Go'll"), nor a lowercase word.
    ///
    /// Good: "Cypress'i" (Cypress), "Selenium'i". Bad: "Kafka's", "cypress'i",
    /// "O'Reilly", "l'API".
    pub fn name_before_an_ending(&self, t: &Token, text: &str) -> Option<usize> {
        // (The first load reads no job description: no ending is read.)
        let (head, _) = super::job::apostrophe_ending(t, text)?;
        if !head.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        let lower = head.to_ascii_lowercase();
        let &c = self.forms.match_word(&lower)?;
        (self.concepts[c].kind == ConceptKind::Tech && self.names_it(&lower, head)).then_some(c)
    }

    /// A gapped form at `tokens[at]`: "reviewed every pull request",
    /// "review community PRs". The gap holds words only, in one paragraph.
    fn gapped_at(&self, tokens: &[Token], at: usize, text: &str) -> Option<(usize, usize)> {
        // By its first two letters, the few forms that may start with the
        // word (most words start none); a word of one letter a to z, or of
        // a letter and another mark, searches them all.
        let head = tokens[at].stem();
        let pair = match head.as_bytes() {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] if !self.gapped_by_pair.is_empty() => {
                Some(usize::from(a - b'a') * 26 + usize::from(b - b'a'))
            }
            // A head starts with a letter a to z.
            [b'a'..=b'z', ..] => None,
            _ => return None,
        };
        let (low, high) = match pair {
            Some(p) => (
                self.gapped_by_pair[p] as usize,
                self.gapped_by_pair[p + 1] as usize,
            ),
            None => (0, self.gapped.len()),
        };
        let near = &self.gapped[low..high];
        let from = near.partition_point(|g| g.head[0].as_str() < head);
        let mut forms = near[from..]
            .iter()
            .take_while(|g| g.head[0] == head)
            .peekable();
        forms.peek()?;
        let stems_at = |from: usize, words: &[String]| {
            words.len() <= tokens.len().saturating_sub(from)
                && words
                    .iter()
                    .zip(&tokens[from..])
                    .all(|(w, t)| t.kind == Kind::Word && t.stem() == w)
        };
        forms.find_map(|g| {
            if !stems_at(at, &g.head) {
                return None;
            }
            let after = at + g.head.len();
            let most = if g.tail.len() >= 2 { LONG_GAP } else { GAP };
            (0..=most).find_map(|gap| {
                let n = g.head.len() + gap + g.tail.len();
                let words = tokens.get(at..at + n)?;
                // A list item's wrapped, indented line goes on its line
                // ("review your\n  teammates' pull requests"); any other
                // line break ends the form.
                let one_line = words.windows(2).all(|w| {
                    let between = &text[w[0].span.end..w[1].span.start];
                    let indent = between.strip_prefix('\n').or(between.strip_prefix("\r\n"));
                    !between.contains('\n')
                        || indent.is_some_and(|i| {
                            !i.is_empty() && i.bytes().all(|b| b == b' ' || b == b'\t')
                        })
                });
                // A form in the gap that runs into the tail is the name
                // ("designed star schemas" is star schemas), unless it names
                // this form's concept ("tune slow queries"). A derived form's
                // gap holds only plain words: no name ("administer Rocky
                // Linux" is Rocky Linux, "design idempotent APIs" asks for
                // idempotency), and nothing that starts another phrase.
                // "Designed the public carrier API": an article is no
                // word of a derived form's gap.
                let plain_words = (after..after + gap)
                    .filter(|&k| !matches!(tokens[k].lower.as_str(), "a" | "an" | "the"))
                    .count();
                let clean = (after..after + gap).all(|k| {
                    let form = self.forms.match_at(tokens, k);
                    (tokens[k].kind != Kind::Punct
                        || is_a_plural_possessive(tokens, k, text)
                        || is_a_range_dash(tokens, k)
                        || is_a_count_s_plus(tokens, k)
                        || is_an_approximate_count(tokens, k))
                        && form.is_none_or(|(m, &c)| k + m <= after + gap || c == g.concept)
                        && (!g.derived
                            || form.is_none()
                                && plain_words <= 2
                                && !tokens[k]
                                    .span
                                    .of(text)
                                    .starts_with(|c: char| c.is_uppercase())
                                && !self.not_between.iter().any(|w| *w == *tokens[k].lower))
                });
                // Nor may any gapped form end inside a longer name ("review
                // architecture decision records", "review design docs").
                let whole = self
                    .forms
                    .match_at(tokens, after + gap)
                    .is_none_or(|(m, _)| m <= g.tail.len());
                (one_line && clean && whole && stems_at(after + gap, &g.tail))
                    .then_some((n, g.concept))
            })
        })
    }

    /// "NATS" is not the plural of NAT, nor "CORS" of a "COR": an acronym
    /// writes a plural's "s" small ("SLOs"), so a capital S ending a word in
    /// capitals is part of another name.
    ///
    /// Good: "NATS" (not NAT), "HTTPS" (not HTTP). Bad: "SLOs", "DNS" (its own name).
    fn spells_a_capital_s(&self, written: &str, lower: &str, concept: usize) -> bool {
        let name = &self.concepts[concept].name;
        // Only where the match dropped just that "S": "POSTGRES" stems to
        // "postgr", a form's own stem, and stays PostgreSQL.
        written.len() >= 4
            && written.ends_with('S')
            && stem(lower).len() + 1 == lower.len()
            && written
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && !name.eq_ignore_ascii_case(written)
            && !name.ends_with(['s', 'S'])
    }

    /// Whether concept `narrow` is a kind of `broad`, or falls under it as
    /// its topic, some steps up: Semgrep under SAST, SAST under static
    /// analysis.
    ///
    /// Good: (Semgrep, SAST), (Semgrep, static analysis). Bad: (SAST,
    /// Semgrep), (Kafka, Docker).
    pub fn falls_under(&self, narrow: usize, broad: usize) -> bool {
        let mut at = narrow;
        for _ in 0..4 {
            let c = &self.concepts[at];
            if c.topic == Some(broad) || c.broader == Some(broad) {
                return true;
            }
            match c.broader.or(c.topic) {
                Some(up) => at = up,
                None => return false,
            }
        }
        false
    }

    /// The concept and the concepts it is a kind of, nearest first.
    pub fn with_broader(&self, concept: usize) -> impl Iterator<Item = usize> + '_ {
        let mut next = Some(concept);
        std::iter::from_fn(move || {
            let c = next?;
            next = self.concepts[c].broader.filter(|&b| b != c);
            Some(c)
        })
        .take(8)
    }
}

/// Token `k` is the apostrophe of a plural's possessive, joined to the word
/// before it: "review your teammates' pull requests" has no punctuation
/// between its halves, only a word's ending.
///
/// Good: "teammates'", "analysts’". Bad: "'quoted'", "teammate ' s", "PRs,".
/// A dash between two numbers, a range's: "reviewed 5–10 pull requests".
///
/// Good: "5–10", "5-10". Bad: "review – then", "5 –".
fn is_a_range_dash(tokens: &[Token], k: usize) -> bool {
    let number = |i: Option<usize>| i.and_then(|i| tokens.get(i)).is_some_and(Token::is_number);
    (tokens[k].is_punct('–') || tokens[k].is_punct('-'))
        && number(k.checked_sub(1))
        && number(Some(k + 1))
}

/// The plus of an open count, glued to its number: "interviewed 80+
/// candidates".
///
/// Good: "80+". Bad: "C++" (no number), "8 + 2" (spaced).
fn is_a_count_s_plus(tokens: &[Token], k: usize) -> bool {
    tokens[k].is_punct('+')
        && !tokens[k].space_before
        && k.checked_sub(1)
            .and_then(|i| tokens.get(i))
            .is_some_and(Token::is_number)
}

/// "sat on ~120 interviews": a tilde before a count, its "about", is no
/// mark that ends a gap.
///
/// Good: "~120", "≈40". Bad: "~ 120" (spaced), "~/.ssh" (no number).
fn is_an_approximate_count(tokens: &[Token], k: usize) -> bool {
    matches!(tokens[k].lower.as_str(), "~" | "≈")
        && tokens
            .get(k + 1)
            .is_some_and(|n| n.is_number() && !n.space_before)
}

fn is_a_plural_possessive(tokens: &[Token], k: usize, text: &str) -> bool {
    let Some(before) = k.checked_sub(1).map(|i| &tokens[i]) else {
        return false;
    };
    matches!(tokens[k].span.of(text), "'" | "\u{2019}")
        && before.kind == Kind::Word
        && before.span.end == tokens[k].span.start
        && before.lower.ends_with('s')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::text::{tokenize, Token};

    fn toks(s: &str) -> Vec<Token> {
        tokenize(s, &[Span::new(0, s.len())])
    }

    /// The concept named at the start of `s`: (tokens, its name).
    #[cfg(feature = "job-lexicon")]
    fn named(s: &str) -> Option<(usize, &'static str)> {
        let lx = tailor_lexicon();
        let t = toks(s);
        lx.concept_at(&t, 0, s)
            .map(|(n, c)| (n, lx.concepts[c].name.as_str()))
    }

    fn fields(line: &str, at: usize) -> Vec<&str> {
        list(line.split('|').nth(at).unwrap_or_default()).collect()
    }

    #[test]
    fn c_is_a_language_only_as_one() {
        let lx = tailor_lexicon();
        let c_at = |s: &str| {
            let t = toks(s);
            (0..t.len()).any(|i| {
                lx.concept_at(&t, i, s)
                    .is_some_and(|(_, c)| lx.concepts[c].name == "C")
            })
        };
        for good in [
            "Firmware in C (some C++)",
            "C, Rust",
            "Strong C for embedded systems",
        ] {
            assert!(c_at(good), "{good}");
        }
        let names = |s: &str| {
            let t = toks(s);
            lx.concept_at(&t, 0, s)
                .map(|(_, c)| lx.concepts[c].name.as_str())
        };
        assert_eq!(names("NATS"), None);
        assert_eq!(names("POSTGRES"), Some("PostgreSQL"));
        assert_eq!(names("SLOs"), Some("SLOs"));
        for bad in [
            "We raised our Series C.",
            "a c-suite audience",
            "grade C",
            "c and d",
        ] {
            assert!(!c_at(bad), "{bad}");
        }
    }

    #[test]
    fn a_form_is_also_read_with_its_joiner_swapped() {
        assert_eq!(
            spellings("golden path", true),
            ["golden path", "golden-path"]
        );
        assert_eq!(
            spellings("highly-available", true),
            ["highly-available", "highly available"]
        );
        assert_eq!(spellings("p99 latency", true), ["p99 latency"]);
        // And in the other region's spelling.
        assert_eq!(
            spellings("data modeling", true),
            [
                "data modeling",
                "data-modeling",
                "data modelling",
                "data-modelling"
            ]
        );
        assert_eq!(
            spellings("authorisation", true),
            ["authorisation", "authorization"]
        );
        assert_eq!(spellings("optimize", true), ["optimize", "optimise"]);
        assert_eq!(spellings("enterprise", true), ["enterprise"]);
        assert_eq!(spellings("size", true), ["size"]);
        assert_eq!(
            spellings("data structures and algorithms", true),
            ["data structures and algorithms"]
        );
        let lx = tailor_lexicon();
        for written in [
            "incident-response drills",
            "on call",
            "distributed-systems work",
        ] {
            assert!(
                lx.concept_at(&toks(written), 0, written).is_some(),
                "{written}"
            );
        }
    }

    #[test]
    fn every_concept_form_names_its_own_concept_only() {
        let lx = tailor_lexicon();
        for (i, line) in concept_lines().enumerate() {
            for form in concept_names(line) {
                if let Some(g) = gapped_form(form, i) {
                    // Read only for postings (with the job lexicon).
                    if !reads_postings() {
                        assert!(lx.gapped.is_empty());
                        continue;
                    }
                    // With a gap of one word, and of none.
                    for said in [form.replace('…', "every"), form.replace('…', "")] {
                        let t = toks(&said);
                        assert_eq!(lx.concept_at(&t, 0, &said), Some((t.len(), i)), "{said:?}");
                    }
                    assert!(lx.gapped.iter().any(|h| h.head == g.head && h.concept == i));
                    continue;
                }
                let t = toks(form);
                let (n, c) = lx.forms.match_at(&t, 0).unwrap_or_else(|| panic!("{form}"));
                assert_eq!(
                    (n, *c),
                    (t.len(), i),
                    "{form:?} belongs to {}",
                    lx.concepts[*c].name
                );
            }
        }
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn everyday_sentences_name_none_of_the_forms_they_resemble() {
        let lx = tailor_lexicon();
        // Each sentence, and the concept no word of it may name (issue 15's
        // twenty-ninth session's review).
        for (said, not) in [
            ("Sous la supervision du CTO", "observability"),
            ("Reti neurali per la visione", "networking"),
            ("Senza margine di errore", "error budgets"),
            ("Texte gegengelesen und korrigiert", "code review"),
            (
                "Reduced the time analysts spend on reports",
                "cost optimization",
            ),
            ("Customers bought what we built", "build vs buy"),
            ("Ordered the backlog by capacity", "capacity planning"),
            (
                "Added the new product line to the price index",
                "query optimization",
            ),
            (
                "Right-sized the team to five engineers",
                "cost optimization",
            ),
            ("Led the data clean-up work", "technical debt"),
            (
                "Built a subscription plan with each product tier",
                "stakeholder management",
            ),
            (
                "Streamed events from our Rails monolith into Kafka",
                "monolith decomposition",
            ),
            ("This role involves some repetitive work", "toil reduction"),
            (
                "Secondary rotation for the volunteer fire brigade",
                "on-call",
            ),
        ] {
            let t = toks(said);
            for at in 0..t.len() {
                let found = lx
                    .concept_at(&t, at, said)
                    .map(|(_, c)| lx.concepts[c].name.as_str());
                assert_ne!(found, Some(not), "{said:?} at {at}");
            }
        }
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_form_in_chinese_characters_is_read_inside_a_run_of_them() {
        let lx = tailor_lexicon();
        let named = |said: &str| {
            let t = toks(said);
            lx.concept_at(&t, 0, said)
                .map(|(_, c)| lx.concepts[c].name.as_str())
        };
        assert_eq!(named("個微服務"), Some("microservices"));
        assert_eq!(named("每次推送自動跑單元測試"), Some("unit testing"));
        assert_eq!(named("微服務"), Some("microservices"));
        // The longest form in the run names it; none, nothing.
        assert_eq!(named("撐過兩次週年慶的高併發活動"), Some("scalability"));
        assert_eq!(named("週年慶前用"), None);
        // Short forms and kana runs are read whole only.
        assert_eq!(named("有英文名或英文版履歷者請一併附上"), None);
        assert_eq!(named("不需要值班"), None);
        assert!(!is_han('a') && !is_han('я') && !is_han('ー') && is_han('團'));
    }

    #[test]
    #[cfg(feature = "lens")]
    fn headings_are_found_by_their_first_byte_as_a_list_finds_them() {
        let list: Vec<String> = ["requirements", "über uns", "nice to have", "nice", "要求"]
            .iter()
            .map(|h| h.to_string())
            .collect();
        let headings = Headings::new(list.clone());
        assert_eq!(&*headings, list.as_slice());
        for l in [
            "requirements",
            "über uns",
            "nice",
            "要求",
            "nice to have",
            "nicer",
            "",
            "x",
        ] {
            assert_eq!(headings.has(l), list.iter().any(|h| h == l), "{l:?}");
            let at_a_word = |h: &str| {
                l.match_indices(h).any(|(p, _)| {
                    h.len() >= 6
                        || !(h.starts_with(|c: char| c.is_ascii_alphanumeric())
                            && l[..p].ends_with(|c: char| c.is_ascii_alphanumeric()))
                })
            };
            assert_eq!(
                headings.inside(l),
                list.iter().any(|h| at_a_word(h)),
                "{l:?}"
            );
            let mut starting: Vec<&str> = headings.starting_as(l).collect();
            starting.sort_unstable();
            let mut want: Vec<&str> = list
                .iter()
                .map(String::as_str)
                .filter(|h| h.as_bytes().first() == l.as_bytes().first())
                .collect();
            want.sort_unstable();
            assert_eq!(starting, want, "{l:?}");
        }
        assert!(headings.inside("our requirements (remote)"));
        // Within a Latin word a short one is no heading ("Paystack" holds
        // no "stack"); a long one heads a compound ("Hauptaufgaben").
        assert!(!headings.inside("benice"));
        assert!(headings.inside("unrequirements"));
        assert!(Headings::default().starting_as("nice").next().is_none());
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn every_form_in_another_language_names_its_own_concept_only() {
        let lx = tailor_lexicon();
        // `said`, read from its start, is the concept `name` and no more.
        let names_whole = |said: &str, name: &str| {
            let t = toks(said);
            let found = lx.concept_at(&t, 0, said);
            assert_eq!(
                found.map(|(n, c)| (n, lx.concepts[c].name.as_str())),
                Some((t.len(), name)),
                "{said:?}"
            );
        };
        for line in entries(job_list("jd_translations")) {
            let (name, forms) = line.split_once('|').unwrap();
            for form in list(forms) {
                if form.contains('…') {
                    names_whole(&form.replace('…', "every"), name.trim());
                    continue;
                }
                if form.contains('*') {
                    // A stem names its concept in any ending, and is long
                    // enough to name one word alone; it is read in
                    // postings and resumes alike (no `!`).
                    assert!(!form.starts_with('!'), "{form:?}: a stem in resumes only");
                    let words: Vec<&str> = form.split_whitespace().collect();
                    assert!(
                        words.len() > 1 || form.chars().count() > 5,
                        "{form:?}: too short a stem"
                    );
                    for ending in ["", "a", "ssä"] {
                        names_whole(&form.replace('*', ending), name.trim());
                    }
                    continue;
                }
                let resume_only = form.starts_with('!');
                let form = form.trim_start_matches('!');
                let t = toks(form);
                let (n, c) = lx.forms.match_at(&t, 0).unwrap_or_else(|| panic!("{form}"));
                // Read in a resume, never in a posting.
                if resume_only {
                    let job =
                        crate::tailor::job::Job::parse(&format!("Requirements\n- Go; {form}\n"));
                    assert!(
                        job.terms.iter().all(|t| t.name == "Go"),
                        "{form:?}: read in a posting"
                    );
                }
                assert_eq!(
                    (n, lx.concepts[*c].name.as_str()),
                    (t.len(), name.trim()),
                    "{form:?}"
                );
            }
        }
        // A posting's words and a resume's, read as the concept.
        for (said, concept) in [
            ("Escribir pruebas unitarias", "unit testing"),
            ("Participar de revisões de código", "code review"),
            ("pipelines de integración continua", "CI/CD"),
            ("Modélisation des données", "data modeling"),
            ("Osallistut päivystykseen", "on-call"),
            ("Češtinu na komunikativní úrovni", "Czech"),
            ("Angličtinu na úrovni čtení", "English"),
            ("Vei scrie teste unitare", "unit testing"),
            ("PÄIVYSTYS", "on-call"),
            ("every pull request gets a review", "code review"),
        ] {
            let t = toks(said);
            let found = (0..t.len()).find_map(|k| lx.concept_at(&t, k, said));
            assert_eq!(
                found.map(|(_, c)| lx.concepts[c].name.as_str()),
                Some(concept),
                "{said}"
            );
        }
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_stem_form_names_no_other_word() {
        // "päivä" (a day) is not "päivysty*"; "incidents" alone is no
        // "řešení incident*"; a stem's words are whole words in order.
        for said in [
            "päivä",
            "päivy",
            "incidents",
            "de incidente",
            "teste",
            "suomen",
            "principal solid",
        ] {
            let t = toks(said);
            assert_eq!(stem_form_at(&t, 0), None, "{said}");
        }
        for (c, want) in [
            ('Č', 'č'),
            ('Ř', 'ř'),
            ('Ä', 'ä'),
            ('Ș', 'ș'),
            ('Ț', 'ț'),
            ('Ă', 'ă'),
            ('×', '×'),
        ] {
            assert_eq!(crate::document::lines::heading_lowercase(c), want);
        }
        assert!(says("češtinu", "češtin", true));
        assert!(!says("češtinu", "češtin", false));
        assert!(says("Češtinu", "češtin", true));
        assert!(says("relaţionale", "relațional", true));
        assert!(says("DOCUMENTAŢIE", "documentați", true));
        // An ASCII word parts from a form at the form's ASCII start.
        assert!(!says("into", "intégration", true));
        assert!(!says("integration", "intégration", false));
        assert!(says("Monitorinqi", "monitorinq", true));
        assert!(!says("Mon", "monitorinq", true));
        // A form written outside ASCII, whole: its capital at a line's start.
        let lx = tailor_lexicon();
        for (said, concept) in [
            ("Ελληνικά (μητρική)", "Greek"),
            ("Εφημερίες μία εβδομάδα", "on-call"),
            ("İngilizce okuyup yazabilmek", "English"),
            ("Nöbet rotasyonuna katılmak", "on-call"),
            ("Kapasite planlaması yapmak", "capacity planning"),
            ("Eşzamanlılık konusunda bilgi", "concurrency"),
        ] {
            let t = toks(said);
            let found = stem_form_at(&t, 0).map(|(_, c)| lx.concepts[c].name.as_str());
            assert_eq!(found, Some(concept), "{said}");
        }
        assert_eq!(stem_form_at(&toks("Ελληνικάκια"), 0), None);
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_long_tail_term_has_a_topic_or_is_a_kind_of_its_parent() {
        let lx = tailor_lexicon();
        let find = |name: &str| lx.concepts.iter().position(|c| c.name == name);
        let (star, dns) = (find("star schema").unwrap(), find("DNS").unwrap());
        // Star schema is dimensional modeling: showing it shows that.
        assert_eq!(lx.concepts[star].broader, find("dimensional modeling"));
        assert_eq!(lx.concepts[star].topic, None);
        // DNS is only partial evidence of networking.
        assert_eq!(lx.concepts[dns].broader, None);
        assert_eq!(lx.concepts[dns].topic, find("networking"));
        assert_eq!(parent_of(" a kind of SLOs "), (true, "SLOs"));
        assert_eq!(parent_of("networking"), (false, "networking"));
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_gapped_form_takes_a_few_words_between() {
        for (said, words) in [
            ("Reviewed every pull request", 4),
            ("review community PRs weekly", 3),
            // A wrapped item's indented line goes on.
            ("Reviewed most backend pull\n  requests", 5),
            ("Reviewed most backend pull\r\n\trequests", 5),
            // A range of numbers; a longer gap before a two-word object.
            ("reviewed 5–10 pull requests a week", 6),
            ("Reviewed most of the team's replication pull requests", 8),
        ] {
            assert_eq!(named(said), Some((words, "code review")), "{said:?}");
        }
        // An open count's plus, glued to its number.
        assert_eq!(named("Interviewed 80+ candidates"), Some((4, "hiring")));
        // An approximate count's tilde, glued to its number.
        assert_eq!(named("Sat on ~120 interviews"), Some((5, "hiring")));
        assert_eq!(named("Sat on ~ 120 interviews"), None);
        // Too many words between, a line break or a comma: no form.
        for said in [
            "Reviewed the team's very long and old pull requests",
            "Reviewed the team's very long code",
            "Reviewed budgets\npull requests",
            "Reviewed budgets\n\n  pull requests",
            "Reviewed budgets, code",
        ] {
            assert_eq!(named(said), None, "{said:?}");
        }
    }

    #[test]
    fn a_noun_made_from_a_verb_gives_the_verb_before_its_object() {
        let nominals = nominals();
        let forms = |form: &str| -> Vec<(String, Vec<String>)> {
            verb_object_forms(form, 0, &nominals, |_| true)
                .into_iter()
                .map(|g| (g.head[0].clone(), g.tail))
                .collect()
        };
        // Every tense, each once by its stem.
        for (name, object, said) in [
            (
                "capacity planning",
                "capacity",
                ["plan", "plans", "planned", "planning"],
            ),
            (
                "secrets management",
                "secret",
                ["manage", "manages", "managed", "managing"],
            ),
            (
                "performance tuning",
                "performance",
                ["tune", "tunes", "tuned", "tuning"],
            ),
            (
                "query optimization",
                "query",
                ["optimize", "optimises", "optimized", "optimising"],
            ),
        ] {
            let found = forms(name);
            for verb in said {
                let head = stem(verb);
                assert_eq!(
                    found.iter().filter(|(h, _)| h == head).count(),
                    1,
                    "{name}: {verb}"
                );
            }
            assert!(
                found.iter().all(|(_, o)| *o == [stem(object)]),
                "{name}: {found:?}"
            );
        }
        // No noun made from a verb, no object, or an object not in plain words.
        for bad in [
            "Kafka",
            "management",
            "on-call management",
            "p99 tuning",
            "large scale data modeling",
        ] {
            assert!(forms(bad).is_empty(), "{bad}");
        }
        // An object the caller refuses makes no form.
        assert!(verb_object_forms("disaster recovery testing", 0, &nominals, |_| false).is_empty());
        // Each verb's present and past tenses reach one of its line's stems.
        let lx = crate::lexicon::lexicon();
        for (noun, verbs) in &nominals {
            assert!(!verbs.is_empty(), "{noun} has no verb");
            let heads: Vec<&str> = verbs.iter().map(|v| stem(v)).collect();
            for verb in verbs
                .iter()
                .filter(|v| !v.ends_with("ed") && **v != "troubleshot")
            {
                let past = lx
                    .past_of
                    .get(*verb)
                    .cloned()
                    .unwrap_or_else(|| crate::lexicon::regular_past(verb));
                for said in [crate::lexicon::third_person(verb), past] {
                    assert!(heads.contains(&stem(&said)), "{noun}: {said}");
                }
            }
        }
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_plural_possessive_in_a_gap_is_part_of_a_word() {
        assert_eq!(
            named("review your teammates' pull requests"),
            Some((6, "code review"))
        );
        assert_eq!(
            named("reviewed analysts\u{2019} pull requests"),
            Some((5, "code review"))
        );
        // Other punctuation still ends the gap.
        assert_eq!(named("review 'quoted' pull requests"), None);
        assert_eq!(named("review, then merge pull requests"), None);
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_verb_before_its_object_names_the_practice() {
        let lx = tailor_lexicon();
        assert_eq!(
            named("Manage secrets with Vault"),
            Some((2, "secrets management"))
        );
        assert_eq!(
            named("managed application secrets"),
            Some((3, "secrets management"))
        );
        assert_eq!(
            named("Plan capacity ahead of peak"),
            Some((2, "capacity planning"))
        );
        assert_eq!(
            named("planned the capacity"),
            Some((3, "capacity planning"))
        );
        // An article is no word of the gap: two plain words and "the".
        assert_eq!(
            named("Designed the public carrier API"),
            Some((5, "API design"))
        );
        assert_eq!(named("Designed our public carrier API"), None);
        // The object is what the practice is a kind of ("tune … performance").
        assert_eq!(
            named("tuned warehouse performance").map(|(n, _)| n),
            Some(3)
        );
        // Not across a word that starts another phrase, nor over a name, nor
        // into a longer name, nor onto an object that names something else.
        for not in [
            "Design and operate the API",
            "monitoring so bad data",
            "Administer Rocky Linux hosts",
            "Design idempotent APIs",
            "review architecture decision records",
            "testing REST APIs",
        ] {
            let t = toks(not);
            let found = lx.concept_at(&t, 0, not).map(|(n, _)| n);
            assert!(
                found.is_none_or(|n| n == 1),
                "{not:?} read as {:?}",
                named(not)
            );
        }
    }

    #[test]
    fn every_hint_reaches_its_concepts() {
        let lx = tailor_lexicon();
        for (i, line) in concept_lines().enumerate() {
            for h in fields(line, 4) {
                let t = toks(h);
                let (n, g) = lx.hints.match_at(&t, 0).unwrap_or_else(|| panic!("{h}"));
                assert_eq!(n, t.len(), "{h}");
                assert!(lx.hint_groups[*g].contains(&i), "{h}");
            }
        }
    }

    #[test]
    fn every_theme_word_evidences_its_theme() {
        let lx = tailor_lexicon();
        for (i, line) in entries(data("role_themes")).enumerate() {
            let role = Role::from_name(line.split('|').next().unwrap().trim()).unwrap();
            for w in fields(line, 3) {
                let t = toks(w);
                let (n, theme) = lx.theme_words[role as usize]
                    .match_at(&t, 0)
                    .unwrap_or_else(|| panic!("{w}"));
                assert_eq!((n, *theme), (t.len(), i), "{w:?} in two themes of one role");
            }
        }
        for role in Role::ALL {
            let n = lx.themes.iter().filter(|t| t.role == role).count();
            assert!((3..=4).contains(&n), "{role:?} has {n} themes");
        }
    }

    #[test]
    fn every_scope_cue_and_artifact_matches_itself() {
        let lx = tailor_lexicon();
        for line in entries(data("scope_cues")) {
            let (head, words) = line.split_once('|').unwrap();
            for w in list(words) {
                if head.trim().ends_with("verbs") {
                    assert!(
                        crate::lexicon::lexicon().verb(w).is_some(),
                        "{w} is not a known verb"
                    );
                    assert!(lx.scope_verbs.contains_key(w));
                } else {
                    let t = toks(w);
                    assert_eq!(
                        lx.scope_phrases.match_at(&t, 0).map(|m| m.0),
                        Some(t.len()),
                        "{w}"
                    );
                }
            }
        }
        for w in entries(data("artifacts")).flat_map(list) {
            let t = toks(w);
            assert_eq!(
                lx.artifacts.match_at(&t, 0).map(|m| m.0),
                Some(t.len()),
                "{w}"
            );
        }
    }

    #[test]
    fn a_generated_list_is_read_and_anything_else_is_not() {
        let list = "# Generated by scripts/lexicon/generate.mjs from …\n\
                    Ktor | framework | \n~Vault | tool | HashiCorp Vault\n";
        let names = TechNames::parse(list);
        assert_eq!(names.names.len(), 2);
        assert!(names.names[1].capital_only);
        let t = toks("hashicorp vault");
        assert_eq!(names.forms.match_at(&t, 0).map(|m| *m.1), Some(1));
        // A server's page where a list should be is not installed, nor a
        // line the loader could not read.
        let page = "<!doctype html><title>Not found</title>";
        assert!(!install_job_lexicon(
            page,
            "fuzzing | practice | | testing |"
        ));
        assert!(!install_job_lexicon(list, page));
        assert!(are_concept_lines(
            "fuzzing | practice | fuzz testing | testing | afl"
        ));
        assert!(!are_concept_lines("fuzzing | skill | | |"), "unknown kind");
        assert!(!are_concept_lines(
            "fuzzing | practice | | no such concept |"
        ));
        assert!(!are_concept_lines(""));
    }

    /// `jd_terms.txt` as served: the terms, then each list under its name,
    /// as `scripts/lexicon/compact.mjs` writes it (the names alike there).
    #[test]
    fn the_served_terms_carry_the_job_description_lists() {
        let terms = "fuzzing | practice | fuzz testing | testing | afl\n";
        let mut served = terms.to_string();
        for name in JOB_LISTS_NAMES {
            served += &format!("[{name}]\n{}", data(name));
        }
        let (read, lists) = split_lists(&served);
        assert_eq!(read, terms);
        assert!(are_concept_lines(read));
        for name in JOB_LISTS_NAMES {
            assert_eq!(list_section(lists, name), Some(data(name)), "{name}");
            assert!(
                !data(name).is_empty() && !data(name).contains("\n["),
                "{name}"
            );
        }
        assert_eq!(split_lists(terms), (terms, ""));
        assert_eq!(list_section(lists, "jd_nothing"), None);
        let script = include_str!("../../../../scripts/lexicon/compact.mjs");
        for name in JOB_LISTS_NAMES {
            assert!(
                script.contains(&format!("\"{name}\"")),
                "{name} in compact.mjs"
            );
        }
        // As served (scripts/lexicon/compact.mjs): no comments, no padding.
        let compact = "fuzzing|practice|fuzz testing,fuzzers|testing|afl";
        assert!(are_concept_lines(compact));
        assert_eq!(
            TechNames::parse("# Generated by scripts/lexicon/generate.mjs\nKtor|framework|\n~Vault|tool|HashiCorp Vault,Vault OSS\n")
                .names[1]
                .forms,
            ["HashiCorp Vault", "Vault OSS"]
        );
    }

    #[test]
    fn broader_chains_end() {
        let lx = tailor_lexicon();
        let raft = lx.concepts.iter().position(|c| c.name == "Raft").unwrap();
        let names: Vec<&str> = lx
            .with_broader(raft)
            .map(|c| lx.concepts[c].name.as_str())
            .collect();
        assert_eq!(names, ["Raft", "consensus", "distributed systems"]);
        for c in 0..lx.concepts.len() {
            assert!(
                lx.with_broader(c).count() < 8,
                "{} loops",
                lx.concepts[c].name
            );
        }
    }

    #[test]
    fn every_ambiguous_name_is_a_one_word_concept_form() {
        let lx = tailor_lexicon();
        let everyday_tools = entries(job_list("jd_everyday_tools"))
            .filter(|l| cfg!(feature = "job-lexicon") && !l.starts_with("not:"))
            .map(|l| l.strip_prefix("caps:").map_or(l, str::trim));
        for w in entries(data("ambiguous_names"))
            .filter(|l| !l.starts_with("ing:"))
            .chain(everyday_tools)
        {
            let t = toks(w);
            assert_eq!(lx.forms.match_at(&t, 0).map(|m| m.0), Some(1), "{w}");
            assert!(lx.names_it(w, &w.to_ascii_uppercase()), "{w}");
            assert!(!lx.names_it(w, w), "{w}");
        }
        assert!(!lx.names_it("nodes", "Nodes"));
        assert!(!lx.names_it("reacted", "Reacted"));
        assert!(lx.names_it("kafka", "kafka"));
        // Lithuanian "apie" (about) stems to "api": no API, in any case.
        if cfg!(feature = "job-lexicon") {
            assert!(!lx.names_it("apie", "APIE") && !lx.names_it("apie", "apie"));
            // An acronym only in capitals: "IGA", not Estonian's "Iga".
            assert!(lx.names_it("iga", "IGA") && !lx.names_it("iga", "Iga"));
        }
        assert!(lx.names_it("apis", "APIs") && lx.names_it("apis", "apis"));
    }

    #[test]
    fn a_name_that_opens_with_a_dot_is_glued_to_it() {
        // Only a job description's reader asks (the first load reads none).
        if !cfg!(feature = "lens") {
            return;
        }
        let lx = tailor_lexicon();
        let said = ".NET and C#";
        assert!(lx.concept_at(&toks(said), 0, said).is_some());
        let split = "NIS2.\nNet déi al AS/400";
        let t = toks(split);
        let dot = t.iter().position(|t| t.is_punct('.')).unwrap();
        assert_eq!(lx.concept_at(&t, dot, split), None);
    }

    #[test]
    fn a_name_before_a_case_ending_after_an_apostrophe_is_the_name() {
        if !cfg!(feature = "job-lexicon") {
            return;
        }
        let lx = tailor_lexicon();
        let named = |s: &str| {
            lx.name_before_an_ending(&toks(s)[0], s)
                .map(|c| lx.concepts[c].name.as_str())
        };
        assert_eq!(named("Cypress'i"), Some("Cypress"));
        assert_eq!(named("TypeScript'iga"), Some("TypeScript"));
        assert_eq!(named("Selenium'i"), Some("Selenium"));
        for bad in ["cypress'i", "O'Reilly", "Cypress'Ile"] {
            assert_eq!(named(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_gerund_s_everyday_noun_names_no_practice() {
        let lx = tailor_lexicon();
        let named = |s: &str| {
            lx.concept_at(&toks(s), 0, s)
                .map(|(_, c)| lx.concepts[c].name.as_str())
        };
        assert_eq!(named("networking"), Some("networking"));
        assert_eq!(named("Networking"), Some("networking"));
        assert_eq!(named("networks"), None);
        assert_eq!(named("network"), None);
        // The verb is the practice, its noun is not (profiling is in the
        // job lexicon).
        #[cfg(feature = "job-lexicon")]
        let at = |s: &str, i: usize| {
            lx.concept_at(&toks(s), i, s)
                .map(|(_, c)| lx.concepts[c].name.as_str())
        };
        #[cfg(feature = "job-lexicon")]
        assert_eq!(at("- Profile hot paths", 1), Some("performance profiling"));
        #[cfg(feature = "job-lexicon")]
        assert_eq!(at("we profiled it", 1), Some("performance profiling"));
        #[cfg(feature = "job-lexicon")]
        assert_eq!(at("Update your profile", 2), None);
        #[cfg(feature = "job-lexicon")]
        assert_eq!(at("Kafka\n\nYour Profile", 2), None);
        // A heading is no duty: no object after it, or no verb.
        #[cfg(feature = "job-lexicon")]
        for heading in ["Profile\nKafka", "Profile:", "Profil recherché"] {
            assert_eq!(at(heading, 0), None, "{heading}");
        }
        // More words than one still name it.
        assert_eq!(named("network protocols"), Some("networking"));
    }

    #[test]
    fn stemming_joins_word_forms_but_not_substrings() {
        let lx = tailor_lexicon();
        let sharding = lx.forms.match_at(&toks("sharded"), 0).map(|m| *m.1);
        assert_eq!(
            sharding,
            lx.forms.match_at(&toks("Shards"), 0).map(|m| *m.1)
        );
        assert!(lx.forms.match_at(&toks("form"), 0).is_none());
        assert!(lx.forms.match_at(&toks("platform"), 0).is_none());
        let pg = lx.forms.match_at(&toks("Postgres"), 0).map(|m| *m.1);
        assert_eq!(pg, lx.forms.match_at(&toks("postgresql"), 0).map(|m| *m.1));
    }
}
