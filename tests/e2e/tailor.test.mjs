// End-to-end: tailoring to a job description, a role and an experience band.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, fullApp, score, settled, markRules, setText, startSite } from "./harness.mjs";

const JD = readFileSync("tests/tailoring/jd_payments_backend.txt", "utf8");
const SYNONYMS = readFileSync("tests/tailoring/resume_synonyms.txt", "utf8");
const STUFFED = readFileSync("tests/tailoring/resume_stuffed.txt", "utf8");

const site = startSite("dist");

const texts = (page, sel) => page.$$eval(sel, (els) => els.map((e) => e.textContent));

/// Puts text in the job-description pane; it is read once typing pauses
/// (150 ms), and the panel follows 300 ms after that check. On the first
/// load, a job description brings the full app (which has the lens), which
/// fetches the job lexicon and reads the pane again with it (`data-lexicon`).
async function fillJd(page, text) {
  await page.fill("#jd", text);
  await page.waitForTimeout(250);
  if (text.trim()) {
    await fullApp(page);
    await page.waitForSelector('#jd[data-lexicon="in"]', { state: "attached" });
  }
}

test("the first load has no lens: a role or a job description brings the full app, and nothing typed meanwhile is lost", async () => {
  const { page, requests, errors } = await openApp(site.browser, site.server.url);
  await setText(page, SYNONYMS);
  await settled(page);
  assert.ok(!requests.some((u) => u.includes("/full/")), "plain text needs no full app");
  assert.equal(await page.$$eval(".themes li", (e) => e.length), 0);
  await page.selectOption("#role", "backend");
  // Typing goes on while the full app loads: the takeover keeps it.
  await page.type("#resume", "- Cut p99 latency from 90 ms to 30 ms\n", { delay: 5 });
  await fullApp(page);
  await settled(page);
  assert.ok(requests.some((u) => u.endsWith("/full/app_bg.wasm")));
  assert.equal(await page.inputValue("#role"), "backend");
  assert.ok((await page.inputValue("#resume")).includes("Cut p99 latency from 90 ms to 30 ms"));
  assert.equal(await page.$$eval(".themes li", (e) => e.length), 4);
  assert.deepEqual(errors, []);
  await page.close();
  // A job description saved on an earlier visit brings it at once.
  const context = await site.browser.newContext();
  const again = await context.newPage();
  await again.goto(site.server.url);
  await again.waitForSelector("[data-score]");
  await again.fill("#jd", JD);
  await fullApp(again);
  await again.waitForTimeout(250);
  await again.reload();
  await fullApp(again);
  await settled(again);
  assert.equal(await again.inputValue("#jd"), JD);
  assert.ok(Number(await again.getAttribute(".match", "data-match")) > 0);
  await context.close();
});

test("a job description shows the match, the missing terms with pointers, and its own highlights", async () => {
  const { page, errors } = await openApp(site.browser, site.server.url);
  await setText(page, SYNONYMS);
  await fillJd(page, JD);
  await settled(page);
  assert.equal(await page.getAttribute(".match", "data-match"), "63");
  // In the posting's order; the title's "Payments Platform" is a team's name, so payments is first asked for after distributed systems.
  const matched = await page.$$eval(".terms.matched .term", (els) => els.map((e) => e.dataset.term));
  assert.deepEqual(matched.slice(0, 5), ["distributed systems", "payments", "on-call rotation", "Go", "Kubernetes"]);
  // The posting's other wordings of a term are listed under its name, as text.
  assert.equal(
    await page.textContent('.terms.matched .term[data-term="distributed systems"]'),
    "distributed systems also “large-scale distributed systems”",
  );
  assert.equal(await page.textContent('.terms.missing li[data-term="API design"] .also'), " also “design APIs”");
  assert.ok(!matched.includes("Java"), "JavaScript is not Java");
  const missing = await page.$$eval(".terms.missing li", (els) => els.map((e) => e.dataset.term));
  assert.deepEqual(missing, ["API design", "ownership", "Java", "cross-team collaboration", "Paxos", "Terraform", "gRPC", "Temporal", "system design"]);
  // The job description's missing terms are highlighted where it names them.
  const marks = await texts(page, ".jd-stack mark.hl");
  assert.ok(marks.includes("Terraform") && marks.includes("Java") && marks.includes("design APIs"), String(marks));
  // A pointer selects the bullet that may already show the term.
  await page.click('.terms.missing li[data-term="API design"] .pointer');
  const selected = await page.evaluate(() => {
    const a = document.querySelector("#resume");
    return a.value.slice(a.selectionStart, a.selectionEnd);
  });
  assert.match(selected, /^Added Prometheus and Grafana dashboards for 40 endpoints/);
  // A matched term selects where the resume shows it.
  await page.click('.terms.matched .term[data-term="Kubernetes"]');
  const where = await page.evaluate(() => {
    const a = document.querySelector("#resume");
    return a.value.slice(a.selectionStart, a.selectionEnd);
  });
  assert.equal(where, "K8s");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a posting's nice-to-haves are listed apart, and technology names beyond the curated ones load with the lens", async () => {
  const { page, requests, errors } = await openApp(site.browser, site.server.url);
  await setText(page, "EXPERIENCE\nEngineer, Acme   Jan 2020 – Present\n- Ran Kafka for 40 services\n");
  // Kotlin is in no curated list and named in prose, not in a list: only the
  // generated names (tech_names.txt, fetched with the lens) find it.
  await fillJd(page, "Requirements\n- You will build services in Kotlin on PostgreSQL.\n\nNice to have\n- Kafka and Terraform\n");
  await page.waitForFunction(() => document.querySelector('.terms.missing li[data-term="Kotlin"]'));
  await settled(page);
  assert.ok(requests.some((u) => u.endsWith("/tech_names.txt")), "the names were fetched");
  const required = await page.$$eval(".terms.missing:not(.nice) li", (els) => els.map((e) => e.dataset.term));
  assert.deepEqual(required, ["Kotlin", "PostgreSQL"]);
  assert.deepEqual(await page.$$eval(".terms.missing.nice li", (els) => els.map((e) => e.dataset.term)), ["Terraform"]);
  assert.deepEqual(await texts(page, ".terms.matched li.nice .term"), ["Kafka"]);
  assert.match(await page.textContent(".terms-label"), /Nice to have/);
  assert.match(await page.textContent(".match-caption"), /2 required and 2 nice-to-have terms shown/);
  // One nice-to-have of four terms shown: half a term over three.
  assert.equal(await page.getAttribute(".match", "data-match"), "17");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a resume and a posting in Portuguese: the headings and the practices' names are read with the job lexicon", async () => {
  const { page, errors } = await openApp(site.browser, site.server.url);
  // Every heading but the last is Portuguese: without the other languages'
  // headings all of it is the header above IDIOMAS, which names no skill.
  await setText(
    page,
    "MARIANA COSTA\nSão Paulo · mariana@example.org\n\nRESUMO\nEngenheira de dados com seis anos de experiência.\n\n" +
      "EXPERIÊNCIA\nEngenheira de Dados, Acme   jan 2020 – atual\n" +
      "- Migrei o data warehouse para o BigQuery com Python, cortando o custo pela metade\n" +
      "- Escrevi testes unitários para cada pipeline do time\n\nIDIOMAS\nPortuguês, Inglês\n",
  );
  await fillJd(page, "Requisitos\n- Python e SQL\n- BigQuery\n- Testes unitários e revisão de código\n");
  await page.waitForFunction(() => document.querySelector('.terms.matched .term[data-term="testes unitários"]'), null, { timeout: 10_000 });
  await settled(page);
  const matched = await page.$$eval(".terms.matched .term", (els) => els.map((e) => e.dataset.term));
  const missing = await page.$$eval(".terms.missing li", (els) => els.map((e) => e.dataset.term));
  // A term is named as the posting words it.
  assert.deepEqual(matched.sort(), ["BigQuery", "Python", "testes unitários"]);
  assert.deepEqual(missing.sort(), ["SQL", "revisão de código"]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("stuffing is highlighted in the resume like any other finding", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  await fillJd(page, JD);
  await setText(page, STUFFED);
  await settled(page);
  const stuffed = await page.$$eval('mark.hl[data-rule="jd/stuffing"]', (els) => els.map((e) => e.textContent));
  assert.ok(stuffed.includes("K8s") && stuffed.includes("Golang"), String(stuffed));
  assert.ok(stuffed.some((s) => s.startsWith("large-scale distributed systems that move money")), String(stuffed));
  assert.equal(await page.$$eval('.group[data-rule="jd/stuffing"] .finding', (e) => e.length), 6);
  // Without the job description there is nothing to stuff for.
  await fillJd(page, "");
  await settled(page);
  assert.ok(!(await markRules(page)).includes("jd/stuffing"));
  await page.close();
});

test("switching the role changes the themes and the score; the band changes the scope findings", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  await setText(page, SYNONYMS);
  await page.selectOption("#role", "backend");
  await fullApp(page);
  await settled(page);
  const backend = await page.$$eval(".themes li", (els) => els.map((e) => `${e.dataset.theme}:${e.classList.contains("shown")}`));
  assert.deepEqual(backend, ["apis:true", "consistency:true", "performance:true", "on-call:true"]);
  const backendScore = await score(page);
  await page.selectOption("#role", "ai");
  await settled(page);
  const ai = await page.$$eval(".themes li", (els) => els.map((e) => `${e.dataset.theme}:${e.classList.contains("shown")}`));
  assert.deepEqual(ai, ["evaluation:false", "grounding:false", "cost-latency:true", "guardrails:false"]);
  assert.ok((await score(page)) < backendScore, "the AI lens values what this resume lacks");
  // Band: an organization-level claim is an over-claim at 0–2 years, not at 12+.
  await setText(page, "EXPERIENCE\nEngineer, Acme   Jan 2025 – Present\n- Set the hiring bar and the engineering strategy for the org\n");
  await page.selectOption("#band", "0-2");
  await settled(page);
  assert.ok((await markRules(page)).includes("scope/over-claim"));
  assert.match(await page.textContent(".scope-caption"), /0–2 years: scope of your 1 work bullet$/);
  await page.selectOption("#band", "12+");
  await settled(page);
  assert.ok(!(await markRules(page)).includes("scope/over-claim"));
  // Estimated from the dates when no band is picked.
  await page.selectOption("#band", "");
  await settled(page);
  assert.match(await page.textContent("#band option:first-child"), /From my dates: 0–2 years/);
  await page.close();
});

test("the role, band and job description survive a reload", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(site.server.url);
  await page.waitForSelector("[data-score]");
  await page.selectOption("#role", "staff");
  await fullApp(page);
  await page.selectOption("#band", "8-12");
  const hostile = 'Raft, Kafka and <script>window.__pwned=1</script> & Go, Temporal <img src=x onerror="window.__pwned=2">';
  await fillJd(page, hostile);
  await settled(page);
  await page.reload();
  await page.waitForSelector(".themes li");
  assert.equal(await page.inputValue("#role"), "staff");
  assert.equal(await page.inputValue("#band"), "8-12");
  assert.equal(await page.inputValue("#jd"), hostile);
  // Hostile job-description text is drawn as text, in its highlight layer and the Fit card.
  assert.equal(await page.$$eval(".jd-stack script, .jd-stack img, .fit script, .fit img", (e) => e.length), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.ok((await page.textContent(".jd-stack .mirror")).includes("<img src=x"));
  assert.ok((await page.$$eval(".terms.missing li", (els) => els.map((e) => e.dataset.term))).includes("Temporal"));
  await context.close();
});

test("the editors' text is painted above their highlight layers", async () => {
  const { page } = await openApp(site.browser, site.server.url);
  await fillJd(page, "Kafka and Terraform");
  await settled(page);
  for (const sel of ["#resume", "#jd"]) {
    const stack = page.locator(sel).locator("xpath=..");
    const shown = await stack.screenshot();
    await page.evaluate((s) => (document.querySelector(s).style.color = "transparent"), sel);
    const hidden = await stack.screenshot();
    await page.evaluate((s) => (document.querySelector(s).style.color = ""), sel);
    assert.ok(!shown.equals(hidden), `${sel}: its text must be visible`);
  }
  await page.close();
});
