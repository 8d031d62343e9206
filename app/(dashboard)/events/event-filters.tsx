import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { Label } from "@/components/ui/label";
import { ZRawEventResult } from "@/lib/schemas/dto";

/** The Z-API webhook kinds people filter by; anything else is still listed under "all". */
const TYPES = [
  "ReceivedCallback",
  "MessageStatusCallback",
  "DeliveryCallback",
  "ConnectedCallback",
  "DisconnectedCallback",
  "PresenceChatCallback",
] as const;

const selectClass = cn(
  "block h-10 w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-950",
  focusRing,
);

/** A GET form (client-side navigation via next/form): filters live in the URL, so a filtered log can be bookmarked or sent to a colleague. */
export async function EventFilters({ type, result }: { type: string | undefined; result: string | undefined }) {
  const t = await getTranslations("events");
  return (
    <Form action="/events" className="mb-4 grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap">
      <div className="min-w-0 space-y-1.5 sm:w-56">
        <Label htmlFor="filter-type">{t("filterType")}</Label>
        <select id="filter-type" name="type" defaultValue={type ?? ""} className={selectClass}>
          <option value="">{t("all")}</option>
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {t("type", { type: value })}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 space-y-1.5 sm:w-48">
        <Label htmlFor="filter-result">{t("filterResult")}</Label>
        <select id="filter-result" name="result" defaultValue={result ?? ""} className={selectClass}>
          <option value="">{t("all")}</option>
          {ZRawEventResult.options.map((value) => (
            <option key={value} value={value}>
              {t(`result.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 flex gap-2">
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        {type || result ? (
          <Link href="/events" className={cn("inline-flex h-10 items-center rounded-lg px-3 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800", focusRing)}>
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
