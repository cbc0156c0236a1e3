// A resume of about `words` words, built from the same role block again
// and again: the benchmarks' 1-, 2-, 5- and 10-page resumes
// (scripts/latency.mjs, scripts/peers.mjs, scripts/opt-levels.mjs).
const ROLE = [
  "- Cut p99 checkout latency from 480 ms to 120 ms by moving session reads to Redis",
  "- Responsible for the on-call rotation and incident reviews for the payments team",
  "- Led the migration of 40 services to per-team Postgres shards",
  "  with zero downtime while serving 12k QPS at peak",
  "- Improved the reliability of the Kafka ingestion pipeline",
  "- Built the shipment-event pipeline, handling 1B events/day at 99.99% uptime",
  "- Optimize database queries for the tracking API",
  "- I mentored 6 engineers, 3 of whom were promoted within 18 months",
];

export function resumeOfWords(words) {
  let s = "Jane Doe\njane@example.com · github.com/jane\n\nSUMMARY\nBackend engineer who ships reliable systems.\n\nEXPERIENCE\n";
  let year = 2025;
  while (s.split(/\s+/).length < words) {
    s += `Senior Engineer, Company ${year}        Jan ${year - 2} – Dec ${year}\n${ROLE.join("\n")}\n\n`;
    year -= 1;
  }
  return s + "SKILLS\nGo, Rust, Kafka, Kubernetes, PostgreSQL, Redis, Terraform\n";
}

// `text` with one key typed: a letter put in at the start of a bullet of
// one of these resumes, a different bullet from run to run, so each check
// meets one block changed since the last (scripts/peers.mjs).
export function typed(text, run) {
  const at = text.indexOf("\n-", (run * 977) % text.length);
  const i = at < 0 ? text.indexOf("\n-") + 3 : at + 3;
  return text.slice(0, i) + "x" + text.slice(i);
}

// `text` as it is after an edit: every number in it changed, differently
// for each run and each place (a text new in most of its blocks, as a
// paste is), so no checker can answer from what it kept of an earlier
// check (scripts/peers.mjs, scripts/opt-levels.mjs).
export function edited(text, run) {
  let k = 0;
  return text.replace(/\b\d+\b/g, (m) => String(Number(m) + 7 * (run + 1) + (k++ % 97) * 1000));
}
