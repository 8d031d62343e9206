import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatPhone } from "@/components/format/format-phone";
import { instanceLabel } from "@/components/format/instance-label";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";
import { Label } from "@/components/ui/label";
import { BOARD_STATUSES, type TStatusBoardQuery } from "@/lib/messages/list-status-board";
import type { TChatDto, TInstanceDto } from "@/lib/schemas/dto";

const selectClass = cn(
  "block h-10 w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm shadow-sm dark:border-zinc-700 dark:bg-zinc-950",
  focusRing,
);

/** A GET form like the events log's (app/(dashboard)/events/event-filters.tsx): the filters live in the URL. */
export async function BoardFilters({ query, instances, chats }: { query: TStatusBoardQuery; instances: TInstanceDto[]; chats: TChatDto[] }) {
  const t = await getTranslations("statusBoard");
  const feed = await getTranslations("feed");
  const filtered = query.instance || query.chat || query.status;
  return (
    <Form action="/status" className="mb-4 grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap">
      <div className="min-w-0 space-y-1.5 sm:w-56">
        <Label htmlFor="filter-instance">{t("filterInstance")}</Label>
        <select id="filter-instance" name="instance" defaultValue={query.instance ?? ""} className={selectClass}>
          <option value="">{t("all")}</option>
          {instances.map((i) => (
            <option key={i.id} value={i.id}>
              {instanceLabel(i, i.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 space-y-1.5 sm:w-56">
        <Label htmlFor="filter-chat">{t("filterChat")}</Label>
        <select id="filter-chat" name="chat" defaultValue={query.chat ?? ""} className={selectClass}>
          <option value="">{t("all")}</option>
          {chats.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name ?? formatPhone(c.phone) ?? c.phone}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 space-y-1.5 sm:w-44">
        <Label htmlFor="filter-status">{t("filterStatus")}</Label>
        <select id="filter-status" name="status" defaultValue={query.status ?? ""} className={selectClass}>
          <option value="">{t("all")}</option>
          {BOARD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s === "stuck" ? t("stuck") : feed("status", { status: s })}
            </option>
          ))}
        </select>
      </div>
      <div className="col-span-2 flex gap-2">
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
        {filtered ? (
          <Link href="/status" className={cn("inline-flex h-10 items-center rounded-lg px-3 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800", focusRing)}>
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
