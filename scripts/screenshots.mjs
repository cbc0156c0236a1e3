// Screenshots of the built app at 375 px and 1440 px, light and dark, with
// the sample loaded and a highlight's explanation open.
//   node scripts/screenshots.mjs [dist] [out-dir]
import { serve, launch } from "../tests/e2e/harness.mjs";

const dist = process.argv[2] ?? "dist";
const out = process.argv[3] ?? "docs/screenshots";
const server = await serve(dist);
const browser = await launch();
for (const scheme of ["light", "dark"]) {
  for (const [width, height] of [[375, 812], [1440, 900]]) {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
    await page.goto(server.url);
    await page.waitForSelector("mark.hl");
    await page.waitForTimeout(400);
    const mark = page.locator('mark.hl[data-rule="verb/weak-opening"]').first();
    await mark.scrollIntoViewIfNeeded();
    const box = await mark.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector("#bp-tip", { state: "visible" });
    await page.evaluate(() => window.scrollTo(0, Math.max(0, document.querySelector("#bp-tip").getBoundingClientRect().top + window.scrollY - 420)));
    await page.screenshot({ path: `${out}/app-${width}-${scheme}.png` });
    await page.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
