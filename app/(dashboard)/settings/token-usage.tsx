import { getTranslations } from "next-intl/server";

const codeClass =
  "w-fit max-w-full rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs break-words text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200";
// On phones the snippet gets its own line, so it wraps at its spaces rather than mid-word.
const itemClass = "flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-2";

/** How a program presents a token; the same token works for both the REST API and the live feed. */
export async function TokenUsage() {
  const t = await getTranslations("settings.tokens");
  return (
    <div className="space-y-2 text-sm text-zinc-600 dark:text-zinc-400">
      <p>{t("intro")}</p>
      <ul className="space-y-1.5">
        <li className={itemClass}>
          <span>{t("usageRest")}</span> <code className={codeClass}>Authorization: Bearer &lt;token&gt;</code>
        </li>
        <li className={itemClass}>
          <span>{t("usageSocket")}</span> <code className={codeClass}>{"io(url, { auth: { token } })"}</code>
        </li>
      </ul>
    </div>
  );
}
