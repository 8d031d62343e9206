import { expect, type Page, test } from "@playwright/test";
import { listPages } from "./support/list-pages";
import { logIn } from "./support/login";
import { seedTraffic } from "./support/seed-traffic";

// No blank scroll (issue 10): the document scrolls exactly as far as its laid-out content reaches. An
// absolutely positioned element outside the clipping of a scrolling list (a visually hidden label, say)
// stretched the desktop dashboard to 4,873 px for 1,120 px of content.

const viewports = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function measure(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    return {
      scrollHeight: root.scrollHeight,
      contentHeight: Math.max(document.body.offsetHeight, window.innerHeight),
      scrollWidth: root.scrollWidth,
      width: root.clientWidth,
    };
  });
}

let paths: string[] = [];

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  await logIn(context);
  const instanceId = await seedTraffic(context.request);
  const events = (await (await context.request.get(`/api/events?instanceId=${instanceId}`)).json()) as { items: { id: string }[] };
  const pages = listPages({ "events/id": events.items[0]?.id ?? "", missing: "no-such-page" });
  paths = pages.flatMap((p) => (p.path === null ? [] : [p.path]));
  await context.close();
});

for (const [name, viewport] of Object.entries(viewports)) {
  test(`every page's scroll height is its content's, ${name}`, async ({ browser }) => {
    expect(paths).toContain("/");
    const signedIn = await browser.newContext({ viewport, isMobile: name === "phone" });
    await logIn(signedIn);
    const signedOut = await browser.newContext({ viewport, isMobile: name === "phone" });
    const misfits: string[] = [];
    for (const path of paths) {
      // The login page is what a signed-out visitor sees (signed in, it sends them on to the dashboard).
      const page = await (path === "/login" ? signedOut : signedIn).newPage();
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const m = await measure(page);
      if (m.scrollHeight > m.contentHeight + 1) misfits.push(`${path}: scrolls ${m.scrollHeight} px for ${m.contentHeight} px of content`);
      if (m.scrollWidth > m.width + 1) misfits.push(`${path}: scrolls ${m.scrollWidth} px wide in ${m.width} px`);
      await page.close();
    }
    expect(misfits).toEqual([]);
    await signedIn.close();
    await signedOut.close();
  });
}
