// Types for the Bulletproof widget bundle's JavaScript API (widget.js).

export type Severity = "info" | "warning" | "error";
export type Role = "backend" | "sre" | "staff" | "frontend" | "ai" | "manager";
export type Band = "0-2" | "3-5" | "5-8" | "8-12" | "12+";
export type Scope = "task" | "feature" | "cross_team" | "organization";
export type MetricKind =
  | "latency" | "throughput" | "availability" | "scale" | "cost"
  | "time" | "percentage" | "multiplier" | "count";

/** A half-open range of UTF-16 code units: `text.slice(start, end)`. */
export interface Span { start: number; end: number }

export interface CheckOptions {
  /** A job description to match the resume against. */
  jobDescription?: string;
  /** The target role; `devops`, `platform`, `staff+`, `principal`, `ml`, `em`
   *  and `engineering-manager` are accepted too (the report names the role). */
  role?: Role | "devops" | "devops/sre" | "platform" | "staff+" | "principal" | "ml" | "em" | "engineering-manager";
  /** Years of experience; estimated from the resume's dates when absent. */
  band?: Band;
  /** "YYYY-MM" to measure dates against; defaults to this month. */
  today?: string;
  /** The text's format; detected from the content when absent or "auto". */
  input?: "auto" | InputFormat;
  /** Rules turned off or given another severity, by rule id, as `[rules]`
   *  in the CLI's bulletproof.toml: `{ "links/no-code": "off" }`. Inline
   *  disables in a LaTeX or Markdown source's comments apply as well. */
  rules?: Record<string, "off" | Severity>;
}

export type InputFormat = "text" | "latex" | "markdown" | "json-resume";

export interface Finding {
  /** Stable rule id, such as "verb/weak-opening". */
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  span: Span;
  message: string;
  suggestion: string | null;
  replacement: string | null;
}

export interface Place { line: number; span: Span; text: string }

export interface Report {
  schema: 1;
  score: {
    total: number;
    categories: {
      impact: number; bullet_quality: number; brevity: number; evidence: number;
      fit: number | null;
    };
    version: string;
  };
  stats: {
    words: number; bullets: number; quantified_bullets: number; work_bullets: number;
    quantified_share: number; estimated_pages: number; metric_kinds: MetricKind[];
    coverage: { kind: MetricKind; examples: string[] }[];
    experience_years: number | null;
  };
  bullets: {
    line: number; span: Span; section: string; text: string; lead_verb: string | null;
    quantified: boolean; metrics: { kind: MetricKind; text: string; span: Span }[];
  }[];
  findings: Finding[];
  priorities: {
    line: number; span: Span; text: string; gain: number; rules: string[]; actions: string[];
  }[];
  tailoring: {
    role: Role | null;
    band: Band | null;
    band_estimated: boolean;
    job: {
      /** Terms shown over terms asked for (and the years, when stated), 0–1; a nice-to-have weighs half. */
      match_rate: number;
      /** Required terms first, then nice-to-haves (`required: false`, "a plus", "Bonus"), each in the posting's order. `also`: the posting's other wordings read as the term, as first written. */
      matched: { term: string; also: string[]; kind: string; required: boolean; places: Place[] }[];
      /** `job_span` indexes the job description, `pointers` the resume. */
      missing: { term: string; also: string[]; kind: string; required: boolean; job_span: Span; pointers: Place[] }[];
      years_required: number | null;
      years_met: boolean | null;
      /** Findings on the job description's text (spans index it). */
      findings: Finding[];
      stuffing: Finding[];
    } | null;
    themes: { id: string; label: string; evidenced: boolean; bullets: Place[] }[];
    scope: { line: number; span: Span; scope: Scope; cue: string | null; artifacts: string[] }[];
  };
  /** How the text was read: its format, notes, and the markup skipped. */
  input: {
    format: InputFormat;
    detected: boolean;
    notes: { message: string; span: Span | null }[];
    markup: Span[];
  };
  span_unit: "utf16";
}

/** Checks a resume; rejects with an Error on bad options. */
export function check(text: string, options?: CheckOptions): Promise<Report>;
/** Loads the checker ahead of the first check (optional). */
export function load(): Promise<void>;
/** The build's version. */
export const version: string;

/**
 * `<bulletproof-checker>`, defined by importing widget.js. Its attributes
 * (all optional; a change sets the checker up again, keeping the text):
 * `target-role` (or `role`), `band`, `compact`, `panels` (from
 * `score metrics fit fix-first findings job`), `theme` (`light`, `dark`,
 * `auto`), `sample`, `placeholder`, `save` (or `save="name"`: keep the
 * reader's text in localStorage), `open-files` (an Open file… button; read
 * when the element starts). Themed with `--bp-accent`, `--bp-font`,
 * `--bp-mono`, `--bp-radius`, `--bp-font-size`.
 */
export interface BulletproofCheckerElement extends HTMLElement {}

declare global {
  interface HTMLElementTagNameMap {
    "bulletproof-checker": BulletproofCheckerElement;
  }
}
