import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { instanceLabel } from "@/components/format/instance-label";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ZRawEventResult, type TInstanceDto } from "@/lib/schemas/dto";

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

type Values = { type?: string; result?: string; instanceId?: string; phone?: string; q?: string };

/**
 * A GET form (client-side navigation via next/form): filters live in the URL, so a filtered log can be
 * bookmarked or sent to a colleague. A value the form has no option for (a type Vigia does not list, an
 * instance it does not know) is shown as itself, selected; a value that is not valid at all is named in an
 * alert with a way to clear it.
 */
export async function EventFilters({ values, instances, invalid }: { values: Values; instances: TInstanceDto[]; invalid: { field: string; value: string }[] }) {
  const t = await getTranslations("events");
  const tf = await getTranslations("eventFilters");
  const { type, result, instanceId, phone, q } = values;
  const unlistedType = type && !(TYPES as readonly string[]).includes(type) ? type : null;
  const unknownInstance = instanceId && !instances.some((i) => i.id === instanceId) ? instanceId : null;
  const any = Boolean(type || result || instanceId || phone || q || invalid.length > 0);
  return (
    <Form action="/events" className="mb-4 space-y-3">
      {invalid.length > 0 ? (
        <div data-testid="invalid-filters">
        <Alert tone="warning">
          {tf("invalid", { list: invalid.map((i) => `${i.field}=${i.value}`).join(", ") })}{" "}
          <Link href="/events" className={cn("font-medium underline", focusRing)}>
            {t("clear")}
          </Link>
        </Alert>
        </div>
      ) : null}
      <div className="grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap">
        <div className="min-w-0 space-y-1.5 sm:w-52">
          <Label htmlFor="filter-type">{t("filterType")}</Label>
          <select id="filter-type" name="type" defaultValue={type ?? ""} className={selectClass}>
            <option value="">{t("all")}</option>
            {TYPES.map((value) => (
              <option key={value} value={value}>
                {t("type", { type: value })}
              </option>
            ))}
            {unlistedType ? <option value={unlistedType}>{tf("unlisted", { value: unlistedType })}</option> : null}
          </select>
        </div>
        <div className="min-w-0 space-y-1.5 sm:w-44">
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
        <div className="min-w-0 space-y-1.5 sm:w-52">
          <Label htmlFor="filter-instance">{tf("instance")}</Label>
          <select id="filter-instance" name="instanceId" defaultValue={instanceId ?? ""} className={selectClass}>
            <option value="">{tf("allInstances")}</option>
            {instances.map((i) => (
              <option key={i.id} value={i.id}>
                {instanceLabel(i, i.id)}
              </option>
            ))}
            {unknownInstance ? <option value={unknownInstance}>{tf("unlisted", { value: unknownInstance })}</option> : null}
          </select>
        </div>
        <div className="min-w-0 space-y-1.5 sm:w-44">
          <Label htmlFor="filter-phone">{tf("phone")}</Label>
          <Input id="filter-phone" name="phone" type="search" inputMode="tel" defaultValue={phone ?? ""} placeholder="5511…" />
        </div>
        <div className="col-span-2 min-w-0 space-y-1.5 sm:w-56">
          <Label htmlFor="filter-q">{tf("search")}</Label>
          <Input id="filter-q" name="q" type="search" defaultValue={q ?? ""} placeholder={tf("searchPlaceholder")} />
        </div>
        <div className="col-span-2 flex gap-2">
          <Button type="submit" variant="secondary">
            {t("apply")}
          </Button>
          {any ? (
            <Link href="/events" className={cn("inline-flex h-10 items-center rounded-lg px-3 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800", focusRing)}>
              {t("clear")}
            </Link>
          ) : null}
        </div>
      </div>
    </Form>
  );
}
