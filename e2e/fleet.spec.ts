import { type APIRequestContext, type BrowserContext, expect, type Page, test } from "@playwright/test";
import { connectE2eDatabase } from "./support/database";
import { logIn } from "./support/login";
import { pt } from "./support/messages";
import { saveScreenshot, screenCombos } from "./support/screenshots";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./support/zapi";
import { expectLive } from "./support/live";

const cardOf = (page: Page, id: string) => page.locator(`[data-testid="instance-card"][data-instance-id="${id}"]`);
const indicator = (page: Page) => page.getByTestId("fleet-indicator");

async function openOverview(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto("/");
  await expectLive(page);
  return page;
}

/** Whether every card above this one is a problem: "worst first" holds whatever other specs left on the server. */
async function onlyProblemsAbove(page: Page, id: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const cards = [...document.querySelectorAll<HTMLElement>('[data-testid="instance-card"]')];
    const at = cards.findIndex((c) => c.dataset.instanceId === wanted);
    return at >= 0 && cards.slice(0, at).every((c) => c.dataset.problem === "true");
  }, id);
}

async function connectWithTraffic(request: APIRequestContext, instanceId: string, messages = 1): Promise<void> {
  await postWebhook(request, fixture("connected", { instanceId, momment: Date.now() }));
  for (let i = 0; i < messages; i++) {
    await postWebhook(request, fixture("received-text", { instanceId, messageId: uniqueId("3EB0"), momment: Date.now(), text: { message: `oi ${i}` } }));
  }
}

test("the overview follows a disconnect live: the card turns red and moves up, the indicator, title and icon count it; the reconnect clears it", async ({ context }) => {
  await logIn(context);
  const page = await openOverview(context);
  await page.evaluate(() => Object.assign(window, { __e2eNoReload: true }));
  const instanceId = uniqueInstanceId();
  await connectWithTraffic(page.request, instanceId, 2);
  const card = cardOf(page, instanceId);
  await expect(card).toHaveAttribute("data-verdict", "healthy");
  await expect(card.getByTestId("event-sparkline")).toBeVisible();
  const before = Number(await indicator(page).getAttribute("data-problems"));

  await postWebhook(page.request, fixture("disconnected", { instanceId, momment: Date.now(), error: "Celular sem bateria (frota)" }));
  await expect(card).toHaveAttribute("data-verdict", "down");
  await expect(card.getByTestId("verdict")).toContainText(pt.fleet.verdict.down.split(" {")[0] ?? "");
  await expect(indicator(page)).toHaveAttribute("data-problems", String(before + 1));
  await expect(indicator(page)).toContainText(before + 1 === 1 ? "1 problema" : `${before + 1} problemas`);
  await expect(page).toHaveTitle(new RegExp(`^\\(${before + 1}\\) `));
  await expect(page.locator("html")).toHaveAttribute("data-favicon-badge", String(before + 1));
  await expect.poll(() => onlyProblemsAbove(page, instanceId)).toBe(true);
  // The alert loop opens the incident a tick later; the card links to it, with its duration.
  await expect(card.getByTestId("open-incident")).toHaveAttribute("href", /^\/incidents\/\d+$/);

  await postWebhook(page.request, fixture("connected", { instanceId, momment: Date.now() + 1000 }));
  await expect(card).toHaveAttribute("data-verdict", "healthy");
  await expect(indicator(page)).toHaveAttribute("data-problems", String(before));
  if (before === 0) {
    await expect(indicator(page)).toContainText(pt.fleet.allFine);
    await expect(page).not.toHaveTitle(/^\(\d+\) /);
    await expect(page.locator("html")).not.toHaveAttribute("data-favicon-badge");
  }
  await expect(card.getByTestId("open-incident")).toHaveCount(0);
  expect(await page.evaluate(() => "__e2eNoReload" in window)).toBe(true);
});

test("the instance page shows its incident history, saves its own alert policy and never shows its credentials back", async ({ context }) => {
  await logIn(context);
  const instanceId = uniqueInstanceId();
  await connectWithTraffic(context.request, instanceId);
  await postWebhook(context.request, fixture("disconnected", { instanceId, momment: Date.now(), error: "Sem sinal (página da instância)" }));
  await expect
    .poll(async () => ((await (await context.request.get(`/api/incidents?instanceId=${instanceId}`)).json()) as { items: unknown[] }).items.length)
    .toBe(1);

  // From the overview: the card's name leads to the instance page.
  const page = await openOverview(context);
  await cardOf(page, instanceId).getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/instances/${instanceId}$`));
  await expect(page.getByTestId("instance-page")).toHaveAttribute("data-verdict", "down");
  const rows = page.getByTestId("incident-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-open", "true");
  await expect(rows.first()).toContainText("Sem sinal (página da instância)");
  // Live: the reconnect ends it on this page too.
  await postWebhook(page.request, fixture("connected", { instanceId, momment: Date.now() + 1000 }));
  await expect(page.getByTestId("instance-page")).toHaveAttribute("data-verdict", "healthy");
  await expect(rows.first()).toHaveAttribute("data-open", "false");

  // Its own policy: two fields set, the rest inherited.
  const m = pt.instancePage.policy;
  await page.getByLabel(m.delay).fill("120");
  await page.getByLabel(m.silence).fill("45");
  await page.getByRole("button", { name: m.save }).click();
  await expect(page.getByTestId("instance-policy-saved")).toContainText(m.saved);
  const policy = (await (await page.request.get(`/api/alerts/policy?scope=${instanceId}`)).json()) as Record<string, unknown>;
  expect(policy).toMatchObject({ scope: instanceId, delaySeconds: 120, silenceMinutes: 45, reminderMinutes: null, sendRecovery: null });
  await page.reload();
  await expect(page.getByLabel(m.delay)).toHaveValue("120");

  // Credentials: stored, said to be configured, and never sent back, not even in the page's own payload.
  const c = pt.instancePage.credentials;
  const token = uniqueId("E2E-INSTANCE-TOKEN-");
  const client = uniqueId("E2E-CLIENT-TOKEN-");
  await page.getByLabel(c.instanceToken).fill(token);
  await page.getByLabel(c.clientToken).fill(client);
  await page.getByRole("button", { name: c.save }).click();
  await expect(page.getByTestId("credentials-result")).toContainText(c.saved);
  await expect(page.getByTestId("credentials-state")).toHaveText(c.configured);
  await expect(page.getByLabel(c.instanceToken)).toHaveValue("");
  const html = await (await page.request.get(`/instances/${instanceId}`)).text();
  expect(html).toContain(c.configured);
  for (const secret of [token, client]) {
    expect(html).not.toContain(secret);
    expect(await page.content()).not.toContain(secret);
  }
  const replaced = await page.request.put(`/api/instances/${instanceId}/credentials`, { data: { instanceToken: token } });
  expect(replaced.status()).toBe(200);
  expect(await replaced.text()).not.toContain(token);
  expect(((await replaced.json()) as { hasClientToken: boolean }).hasClientToken).toBe(true);
  await page.reload();
  await page.getByRole("button", { name: c.remove }).click();
  await expect(page.getByTestId("credentials-state")).toHaveText(c.notConfigured);

  // An id nobody knows: the localised 404.
  await page.goto(`/instances/${uniqueInstanceId()}`);
  await expect(page.getByRole("heading", { level: 1, name: pt.notFound.title })).toBeVisible();
});

// Pictures of the fleet: a dozen named instances with an hour of traffic and a month of history, first all up,
// then one down; its incident page and its instance page. Light and dark, desktop and phone, pt-BR and en.
const combos = screenCombos();
const NAMES = ["Loja Centro", "Loja Shopping Norte", "Atendimento", "Vendas SP", "Vendas RJ", "Suporte técnico", "Cobrança", "Entregas", "Marketing", "Recepção clínica", "Pós-venda", "Diretoria"];
const COLORS = ["emerald", "sky", "violet", "amber", "pink", "slate", "red"];

test("fleet screenshots: healthy, one down, its incident and its instance page", async ({ browser }) => {
  test.setTimeout(900_000); // 14 pages, each in its own context
  const admin = await browser.newContext();
  await logIn(admin);
  const ids = NAMES.map(() => uniqueInstanceId());
  const db = await connectE2eDatabase();
  try {
    for (const [i, id] of ids.entries()) {
      await connectWithTraffic(admin.request, id, 1 + (i % 3));
      // The instance row is the normaliser's work, after the webhook's 200: name it once it exists.
      await expect
        .poll(async () => (await admin.request.patch(`/api/instances/${id}`, { data: { name: NAMES[i], color: COLORS[i % COLORS.length] } })).status(), { timeout: 30_000 })
        .toBe(200);
    }
    // What no webhook can produce: a month of history (first seen 30 days ago, two past outages) and an hour
    // of traffic at each instance's own pace.
    await db.query(`UPDATE instance SET created_at = now() - interval '30 days' WHERE id = ANY($1)`, [ids]);
    await db.query(
      `INSERT INTO incident (instance_id, kind, started_at, ended_at, reason) VALUES
         ($1, 'disconnected', now() - interval '3 days', now() - interval '3 days' + interval '47 minutes', 'Celular sem bateria'),
         ($1, 'silent', now() - interval '20 hours', now() - interval '20 hours' + interval '25 minutes', NULL),
         ($2, 'disconnected', now() - interval '6 hours', now() - interval '6 hours' + interval '4 minutes', NULL)`,
      [ids[1], ids[4]],
    );
    await db.query(
      `INSERT INTO raw_event (body, headers, instance_id, type, result, received_at, processed_at)
       SELECT '{}', '{}'::jsonb, i.id, 'ReceivedCallback', 'ok', t, t
         FROM unnest($1::text[]) WITH ORDINALITY AS i(id, n),
              generate_series(now() - interval '59 minutes', now() - interval '1 minute', interval '20 seconds') AS t
        WHERE random() < 0.15 + 0.6 * abs(sin(extract(epoch FROM t) / 600 + i.n))`,
      [ids],
    );
  } finally {
    await db.end();
  }

  // Every combination (e2e/support/screenshots.ts) for the overview with one instance down (the picture that
  // matters); two for the others (dark desktop en, light phone en): each shot is a fresh context.
  const few = combos.filter((c) => c.suffix === "dark-desktop-en" || c.suffix === "light-phone-en");
  const shoot = async (name: string, path: string, ready: (page: Page, messages: typeof pt) => Promise<void>, only = few) => {
    for (const c of only) {
      const context = await browser.newContext(c.contextOptions);
      await logIn(context);
      const page = await context.newPage();
      await page.goto(path);
      await expectLive(page);
      await ready(page, c.messages);
      await saveScreenshot(page, `${name}-${c.suffix}`, { firstScreen: true });
      await context.close();
    }
  };

  await shoot("fleet-healthy", "/", async (page, m) => {
    await expect(page.getByRole("heading", { level: 1, name: m.dashboard.title })).toBeVisible();
    await expect(cardOf(page, ids[0] ?? "")).toHaveAttribute("data-verdict", "healthy");
  });

  const down = ids[2] ?? "";
  await postWebhook(admin.request, fixture("disconnected", { instanceId: down, momment: Date.now(), error: "Celular sem internet" }));
  const probe = await openOverview(admin);
  const link = cardOf(probe, down).getByTestId("open-incident");
  await expect(link).toHaveAttribute("href", /^\/incidents\/\d+$/);
  const incidentHref = (await link.getAttribute("href")) ?? "/";

  await shoot(
    "fleet-one-down",
    "/",
    async (page) => {
      await expect(cardOf(page, down)).toHaveAttribute("data-verdict", "down");
    },
    combos,
  );
  await shoot("incident", incidentHref, async (page) => {
    await expect(page.getByRole("heading", { level: 1 })).toContainText(NAMES[2] ?? "");
  });
  await shoot("instance", `/instances/${down}`, async (page) => {
    await expect(page.getByTestId("instance-page")).toHaveAttribute("data-verdict", "down");
  });
  // Back up, for the specs after this one.
  await postWebhook(admin.request, fixture("connected", { instanceId: down, momment: Date.now() + 1000 }));
  await admin.close();
});
