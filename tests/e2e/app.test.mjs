// End-to-end: what a person does with the built site, in real Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, openApp } from "./harness.mjs";

let server;
let browser;

before(async () => {
  server = await serve("dist");
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the sample resume is checked on first load", async () => {
  const { page, errors } = await openApp(browser, server.url);
  const value = await page.inputValue("#resume");
  assert.match(value, /Maya Okafor/);
  const score = Number(await page.textContent("[data-testid=score]"));
  assert.ok(score > 0 && score < 100, `score ${score}`);
  const rules = await page.$$eval(".finding", (els) => els.map((e) => e.dataset.rule));
  for (const r of ["verb/weak-opening", "metrics/vague-improvement", "style/filler", "context/bare-skill"]) {
    assert.ok(rules.includes(r), `missing ${r} in ${rules}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("typing a fix makes the finding disappear and the score rise", async () => {
  const { page } = await openApp(browser, server.url);
  await page.fill("#resume", "EXPERIENCE\nEngineer, Acme   2020 – Present\n- Responsible for the billing API\n");
  await page.waitForSelector('.finding[data-rule="verb/weak-opening"]');
  const before = Number(await page.textContent("[data-testid=score]"));
  await page.fill("#resume", "EXPERIENCE\nEngineer, Acme   2020 – Present\n- Cut billing API p99 latency from 900 ms to 150 ms\n");
  await page.waitForFunction(() => !document.querySelector('.finding[data-rule="verb/weak-opening"]'));
  const after = Number(await page.textContent("[data-testid=score]"));
  assert.ok(after > before, `score ${before} -> ${after}`);
  await page.close();
});

test("Clear empties the editor and Load sample brings it back", async () => {
  const { page } = await openApp(browser, server.url);
  await page.click("text=Clear");
  assert.equal(await page.inputValue("#resume"), "");
  assert.equal(await page.$$eval(".finding", (els) => els.length), 0);
  await page.click("text=Load sample");
  assert.match(await page.inputValue("#resume"), /Maya Okafor/);
  await page.waitForSelector(".finding");
  await page.close();
});

test("user text is rendered as text, never as HTML", async () => {
  const { page } = await openApp(browser, server.url);
  await page.evaluate(() => (window.__pwned = false));
  await page.fill(
    "#resume",
    'EXPERIENCE\nEngineer, Acme   2020 – Present\n- Responsible for <img src=x onerror="window.__pwned=true"> and <script>window.__pwned=true</script>\n',
  );
  await page.waitForSelector('.finding[data-rule="verb/weak-opening"]');
  assert.equal(await page.evaluate(() => window.__pwned), false);
  assert.equal(await page.$$eval(".panel img, .panel script", (els) => els.length), 0);
  await page.close();
});

test("no request leaves the page's own origin", async () => {
  const { page, requests } = await openApp(browser, server.url);
  await page.fill("#resume", "EXPERIENCE\n- Worked on things\n");
  await page.waitForSelector(".finding");
  const origin = new URL(server.url).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"));
  assert.deepEqual(foreign, []);
  await page.close();
});
