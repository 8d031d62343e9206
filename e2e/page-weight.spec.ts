import { writeFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { listPages } from "./support/list-pages";
import { logIn } from "./support/login";
import { seedTraffic } from "./support/seed-traffic";
import { uniqueId } from "./support/zapi";

// The weight of each page (issue 10), printed so growth is visible from run to run: the HTML as sent
// (unpacked) and the JavaScript the browser fetched for it, unpacked and as transferred.

type Weight = { path: string; html: number; js: number; jsTransferred: number; scripts: number };

async function weigh(page: Page, path: string): Promise<{ weight: Weight; html: string }> {
  const scripts: Promise<{ size: number; transferred: number }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.push(
      Promise.all([response.body(), response.request().sizes()]).then(([body, sizes]) => ({
        size: body.length,
        transferred: Math.max(0, sizes.responseBodySize), // 0 (or -1) when the file came from the cache
      })),
    );
  });
  const response = await page.goto(path);
  await page.waitForLoadState("networkidle");
  const html = (await response?.text()) ?? "";
  const sizes = await Promise.all(scripts);
  return {
    html,
    weight: {
      path,
      html: Buffer.byteLength(html),
      js: sizes.reduce((sum, s) => sum + s.size, 0),
      jsTransferred: sizes.reduce((sum, s) => sum + s.transferred, 0),
      scripts: sizes.length,
    },
  };
}

test("each page's HTML and JS bytes; the dashboard sends each snapshot row once", async ({ browser }) => {
  const context = await browser.newContext();
  await logIn(context);
  const label = uniqueId("peso");
  await seedTraffic(context.request, 55, label);
  const { items } = (await (await context.request.get("/api/events?limit=1")).json()) as { items: { id: string }[] };
  const paths = listPages({ "events/id": items[0]?.id ?? "", missing: "no-such-page" }).flatMap((p) => (p.path ? [p.path] : []));
  const signedOut = await browser.newContext();
  const weights: Weight[] = [];
  let dashboardHtml = "";
  for (const path of paths) {
    const page = await (path === "/login" ? signedOut : context).newPage();
    const { weight, html } = await weigh(page, path);
    if (path === "/") dashboardHtml = html;
    weights.push(weight);
    await page.close();
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = weights.map((w) => `${w.path.padEnd(24)} html ${kb(w.html).padStart(9)}   js ${kb(w.js).padStart(9)} (${kb(w.jsTransferred)} transferred, cached files not counted; ${w.scripts} files)`);
  console.log(`page weight:\n${lines.join("\n")}`);
  test.info().annotations.push({ type: "page weight", description: lines.join("\n") });

  // Each message of the snapshot: its text in the rendered row, in the snapshot's message, and as its chat's
  // preview; not a fourth time as the text message's `content` (lib/messages/drop-repeated-content.ts).
  const recent = (await (await context.request.get("/api/events?type=ReceivedCallback&limit=1")).json()) as { items: { id: string }[] };
  expect(recent.items.length).toBe(1);
  writeFileSync(test.info().outputPath("dashboard.html"), dashboardHtml);
  const texts = [...dashboardHtml.matchAll(new RegExp(`Mensagem de ${label} número (\\d+):`, "g"))].map((m) => m[1]);
  const counts = new Map<string, number>();
  for (const n of texts) counts.set(n as string, (counts.get(n as string) ?? 0) + 1);
  expect(counts.size).toBeGreaterThan(10);
  expect(Math.max(...counts.values()), "times one message's text is in the dashboard HTML").toBeLessThanOrEqual(3);

  // The login page stays light: none of the dashboard's live machinery (the socket client) is loaded for it.
  const login = weights.find((w) => w.path === "/login");
  const dashboard = weights.find((w) => w.path === "/");
  expect(login && dashboard && login.js < dashboard.js).toBe(true);
  await context.close();
  await signedOut.close();
});
