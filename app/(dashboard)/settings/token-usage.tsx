import { getTranslations } from "next-intl/server";

const codeClass =
  "rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs break-all text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200";

/** How a program presents a token; the same token works for both the REST API and the live feed. */
export async function TokenUsage() {
  const t = await getTranslations("settings.tokens");
  return (
    <div className="space-y-2 text-sm text-zinc-600 dark:text-zinc-400">
      <p>{t("intro")}</p>
      <ul className="space-y-1.5">
        <li>
          {t("usageRest")} <code className={codeClass}>Authorization: Bearer &lt;token&gt;</code>
        </li>
        <li>
          {t("usageSocket")} <code className={codeClass}>{"io(url, { auth: { token } })"}</code>
        </li>
      </ul>
    </div>
  );
}
