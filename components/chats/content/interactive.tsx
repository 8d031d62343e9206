"use client";

import { useFormatter, useTranslations } from "next-intl";
import { IconCalendar, IconPoll, IconReply } from "@/components/icons/chat-icons";
import { WhatsappText } from "../whatsapp-text";
import { Card, FakeButton, OutLink } from "./card";
import { MediaImage, MediaVideo } from "./media";
import { LocationCard, DocumentCard } from "./places-contacts";
import { epochIso, httpUrl, list, num, type Rec, rec, str } from "./read-content";

function buttonLabel(button: unknown): string | null {
  const b = rec(button);
  if (!b) return null;
  const inner = rec(b.urlButton) ?? rec(b.quickReplyButton) ?? rec(b.callButton) ?? rec(b.copyCodeButton);
  return str(rec(b.buttonText)?.displayText) ?? str(inner?.displayText) ?? str(b.displayText) ?? str(b.label);
}

function Buttons({ buttons }: { buttons: unknown[] }) {
  const labels = buttons.map(buttonLabel).filter((l): l is string => l !== null);
  return labels.length ? (
    <div className="mt-1.5 flex flex-col gap-1">
      {labels.map((label, i) => (
        <FakeButton key={i}>{label}</FakeButton>
      ))}
    </div>
  ) : null;
}

/** A template's or carousel card's header: an image, video, document or location. */
function Header({ header }: { header: unknown }) {
  const h = rec(header);
  if (!h) return null;
  const image = rec(h.image);
  if (image) return <MediaImage url={image.imageUrl} thumb={image.thumbnailUrl} />;
  const video = rec(h.video);
  if (video) return <MediaVideo url={video.videoUrl} />;
  const document = rec(h.document);
  if (document) return <DocumentCard c={document} />;
  const location = rec(h.location);
  if (location) return <LocationCard c={location} live={false} />;
  return null;
}

export function ButtonsMessage({ c }: { c: Rec }) {
  return (
    <div className="flex flex-col gap-1.5">
      {httpUrl(c.imageUrl) ? <MediaImage url={c.imageUrl} /> : null}
      {httpUrl(c.videoUrl) ? <MediaVideo url={c.videoUrl} /> : null}
      {str(c.message) ? <WhatsappText text={str(c.message) ?? ""} /> : null}
      <Buttons buttons={list(c.buttons)} />
    </div>
  );
}

/** A reply chosen from buttons or a list: what was picked, marked as such. */
export function ChoiceReply({ c, list: fromList }: { c: Rec; list: boolean }) {
  const t = useTranslations("chats.bubble");
  return (
    <div className="flex flex-col gap-1">
      <span className="inline-flex items-center gap-1 text-xs text-zinc-500 dark:text-zinc-400">
        <IconReply className="size-3.5" />
        {fromList ? t("listReply") : t("buttonReply")}
        {str(c.selectedRowId) ?? str(c.buttonId) ? <span className="font-mono">#{str(c.selectedRowId) ?? str(c.buttonId)}</span> : null}
      </span>
      {str(c.title) && fromList ? <span className="font-medium">{str(c.title)}</span> : null}
      <WhatsappText text={str(c.message) ?? "—"} />
    </div>
  );
}

export function Template({ c }: { c: Rec }) {
  return (
    <div className="flex flex-col gap-1.5">
      <Header header={c.header} />
      {str(c.title) ? <p className="font-semibold">{str(c.title)}</p> : null}
      {str(c.message) ? <WhatsappText text={str(c.message) ?? ""} /> : null}
      {str(c.footer) ? <p className="text-xs text-zinc-500 dark:text-zinc-400">{str(c.footer)}</p> : null}
      <Buttons buttons={list(c.hydratedButtons)} />
    </div>
  );
}

export function Carousel({ c }: { c: Rec }) {
  return (
    <div className="flex flex-col gap-1.5">
      {str(c.text) ? <WhatsappText text={str(c.text) ?? ""} /> : null}
      <div className="-mx-1 flex max-w-[min(32rem,80vw)] gap-2 overflow-x-auto px-1 pb-1">
        {list(c.cards).map((card, i) => {
          const k = rec(card) ?? {};
          return (
            <div key={i} className="w-56 shrink-0 rounded-md bg-black/5 p-2 dark:bg-white/5">
              <Header header={k.header} />
              {str(k.title) ? <p className="mt-1 font-semibold">{str(k.title)}</p> : null}
              {str(k.message) ? <WhatsappText text={str(k.message) ?? ""} className="mt-1 text-sm break-words whitespace-pre-wrap" /> : null}
              <Buttons buttons={list(k.hydratedButtons)} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

export function Poll({ c, votes }: { c: Rec; votes: ReadonlyMap<string, number> | undefined }) {
  const t = useTranslations("chats.bubble");
  const options = list(c.options).flatMap((o) => str(rec(o)?.name) ?? []);
  const total = [...(votes?.values() ?? [])].reduce((a, b) => a + b, 0);
  return (
    <Card icon={<IconPoll className="size-5" />} title={str(c.question) ?? t("poll")} lines={[num(c.pollMaxOptions) === 1 ? t("pollOne") : t("pollMany")]}>
      {options.map((option) => {
        const count = votes?.get(option) ?? 0;
        return (
          <div key={option} data-testid="poll-option" className="flex flex-col gap-0.5">
            <div className="flex justify-between gap-3 text-sm">
              <span className="break-words">{option}</span>
              <span className="tabular-nums text-zinc-500">{count}</span>
            </div>
            <div className="h-1.5 rounded-full bg-black/10 dark:bg-white/10">
              <div className="h-full rounded-full bg-brand-500" style={{ width: total ? `${(100 * count) / total}%` : 0 }} />
            </div>
          </div>
        );
      })}
    </Card>
  );
}

export function PollVote({ c }: { c: Rec }) {
  const t = useTranslations("chats.bubble");
  const names = list(c.options).flatMap((o) => str(rec(o)?.name) ?? []);
  return (
    <p className="inline-flex items-center gap-1.5">
      <IconPoll className="size-4 text-zinc-500" />
      {names.length ? t("voted", { options: names.join(", ") }) : t("voteCleared")}
    </p>
  );
}

export function EventCard({ c }: { c: Rec }) {
  const t = useTranslations("chats.bubble");
  const format = useFormatter();
  const when = epochIso(c.scheduleTime);
  const join = httpUrl(c.joinLink);
  return (
    <Card
      icon={<IconCalendar className="size-6" />}
      title={<span className={c.canceled === true ? "line-through" : undefined}>{str(c.name) ?? t("event")}</span>}
      lines={[when ? format.dateTime(new Date(when), { dateStyle: "full", timeStyle: "short" }) : null, str(c.description), c.canceled === true ? t("canceled") : null]}
    >
      {join ? <OutLink href={join}>{t("joinCall")}</OutLink> : null}
    </Card>
  );
}

export function EventResponse({ c }: { c: Rec }) {
  const t = useTranslations("chats.bubble");
  const response = str(c.response) ?? "";
  return (
    <p className="inline-flex items-center gap-1.5">
      <IconCalendar className="size-4 text-zinc-500" />
      {t("rsvp", { response })}
    </p>
  );
}

export function NewsletterInvite({ c }: { c: Rec }) {
  const t = useTranslations("chats.bubble");
  const format = useFormatter();
  const until = epochIso(c.inviteExpiration);
  return (
    <Card title={t("channelInvite", { name: str(c.newsletterName) ?? "—" })} lines={[str(c.text), until ? t("until", { date: format.dateTime(new Date(until), { dateStyle: "medium" }) }) : null]} />
  );
}
