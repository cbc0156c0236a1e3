// End-to-end: installable, works offline from the service worker, and offers
// an update when a new release is waiting, without losing the person's text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchProfile, startSite } from "./harness.mjs";

let release = 1;

// Plays a new release: the service worker's bytes change when `release` does.
const site = startSite("dist", (path, body) =>
  path === "/sw.js" && release > 1 ? Buffer.concat([body, Buffer.from(`\n// release ${release}\n`)]) : body,
);

async function controlled(page) {
  await page.goto(site.server.url);
  await page.waitForSelector("[data-score]");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector("[data-score]");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("Chromium considers the app installable", async () => {
  const context = await launchProfile(mkdtempSync(join(tmpdir(), "bp-profile-")));
  const page = await context.newPage();
  await controlled(page);
  const manifest = await page.evaluate(async () => (await fetch("/manifest.webmanifest")).json());
  assert.equal(manifest.display, "standalone");
  assert.ok(manifest.icons.some((i) => i.sizes === "512x512"));
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  assert.deepEqual(installabilityErrors, []);
  await context.close();
});

test("with no network, a reload is served by the service worker and the checker works", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await controlled(page);
  await page.fill("#resume", "EXPERIENCE\n- Responsible for the billing API offline\n");
  await page.waitForTimeout(100);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('mark.hl[data-rule="verb/weak-opening"]');
  assert.equal(await page.inputValue("#resume"), "EXPERIENCE\n- Responsible for the billing API offline\n");
  await page.fill("#resume", "EXPERIENCE\n- Helped with the deploys\n");
  await page.waitForSelector('mark.hl[data-rule="verb/weak-opening"]');
  await context.close();
});

test("a waiting new release is offered, and updating keeps the text", async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  release = 1;
  await controlled(page);
  await page.fill("#resume", "EXPERIENCE\n- Text typed before the update\n");
  await page.waitForTimeout(100);
  release = 2;
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const offer = await page.waitForSelector(".update", { timeout: 10000 });
  assert.match(await offer.textContent(), /new version/);
  const reloaded = page.waitForEvent("load");
  await page.click(".update button");
  await reloaded;
  await page.waitForSelector("[data-score]");
  assert.equal(await page.inputValue("#resume"), "EXPERIENCE\n- Text typed before the update\n");
  assert.equal(await page.$(".update"), null);
  release = 1;
  await context.close();
});
