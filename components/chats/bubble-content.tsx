"use client";

import { useTranslations } from "next-intl";
import { IconBan, IconClock } from "@/components/icons/chat-icons";
import type { TMessageDto } from "@/lib/schemas/dto";
import { ChoiceReply, ButtonsMessage, Carousel, EventCard, EventResponse, NewsletterInvite, Poll, PollVote, Template } from "./content/interactive";
import { OrderCard, PaymentCard, PixCard, ProductCard } from "./content/commerce";
import { MediaAudio, MediaImage, MediaVideo } from "./content/media";
import { ContactCard, DocumentCard, LocationCard } from "./content/places-contacts";
import { num, rec, str } from "./content/read-content";
import { Unsupported } from "./content/unsupported";
import { useConversation } from "./conversation-context";
import { LinkPreview } from "./link-preview";
import { QuotedMessage } from "./quoted-message";
import { WhatsappText } from "./whatsapp-text";

function Caption({ text }: { text: string | null }) {
  return text ? <WhatsappText text={text} className="mt-1 break-words whitespace-pre-wrap" /> : null;
}

/** The status a status reply answers (its media, when Z-API sent it along, docs/zapi/EDGE_CASES.md 26). */
function StatusQuote({ c }: { c: Record<string, unknown> }) {
  const t = useTranslations("chats.bubble");
  const image = rec(c.statusImage);
  const video = rec(c.statusVideo);
  return (
    <div data-testid="status-quote" className="mb-1 flex items-center gap-2 rounded-md border-l-4 border-amber-500 bg-black/5 px-2 py-1 text-xs dark:bg-white/5">
      <span className="flex-1 font-medium text-zinc-600 dark:text-zinc-300">{t("statusReply")}</span>
      {image ? <MediaImage url={image.imageUrl} thumb={image.thumbnailUrl} /> : null}
      {video ? <MediaVideo url={video.videoUrl} /> : null}
    </div>
  );
}

/**
 * What a bubble holds, for every content kind of docs/zapi/SPEC.md §6.2; anything else is an "unsupported"
 * bubble with its JSON on demand. User content is React text only (components/chats/whatsapp-text.tsx).
 */
export function BubbleContent({ message }: { message: TMessageDto }) {
  const t = useTranslations("chats");
  const { votes } = useConversation();
  const c = rec(message.content) ?? {};
  const caption = str(c.caption);
  const body = (() => {
    switch (message.kind) {
      case "text":
        return (
          <>
            <LinkPreview c={c} />
            {message.text ? <WhatsappText text={message.text} /> : null}
          </>
        );
      case "image":
        return (
          <>
            <MediaImage url={c.imageUrl} thumb={c.thumbnailUrl} />
            <Caption text={caption} />
          </>
        );
      case "sticker":
        return <MediaImage url={c.stickerUrl} sticker />;
      case "video":
      case "gif":
        return (
          <>
            <MediaVideo url={c.videoUrl} gif={message.kind === "gif"} />
            <Caption text={caption} />
          </>
        );
      case "ptv":
        return <MediaVideo url={c.ptvUrl ?? c.videoUrl} round />;
      case "audio":
        return <MediaAudio url={c.audioUrl} seconds={num(c.seconds)} voice={c.ptt === true} played={message.status === "PLAYED"} />;
      case "document":
        return (
          <>
            <DocumentCard c={c} />
            <Caption text={caption} />
          </>
        );
      case "location":
      case "liveLocation":
        return (
          <>
            <LocationCard c={c} live={message.kind === "liveLocation"} />
            <Caption text={caption} />
          </>
        );
      case "contact":
        return <ContactCard c={c} />;
      case "poll":
        return <Poll c={c} votes={votes(message.messageId)} />;
      case "pollVote":
        return (
          <>
            {str(c.pollMessageId) ? <QuotedMessage messageId={str(c.pollMessageId) ?? ""} label={t("bubble.poll")} /> : null}
            <PollVote c={c} />
          </>
        );
      case "buttonsResponseMessage":
        return <ChoiceReply c={c} list={false} />;
      case "listResponseMessage":
        return <ChoiceReply c={c} list />;
      case "buttonsMessage":
        return <ButtonsMessage c={c} />;
      case "hydratedTemplate":
        return <Template c={c} />;
      case "carouselMessage":
        return <Carousel c={c} />;
      case "pixKeyMessage":
        return <PixCard c={c} />;
      case "product":
        return <ProductCard c={c} />;
      case "order":
      case "reviewAndPay":
      case "reviewOrder":
        return <OrderCard c={c} kind={t("kind", { kind: message.kind })} />;
      case "requestPayment":
      case "sendPayment":
        return <PaymentCard c={c} kind={message.kind} />;
      case "event":
        return <EventCard c={c} />;
      case "eventResponse":
        return (
          <>
            {str(rec(c.referencedMessage)?.messageId) ? <QuotedMessage messageId={str(rec(c.referencedMessage)?.messageId) ?? ""} /> : null}
            <EventResponse c={c} />
          </>
        );
      case "pinMessage": {
        const target = str(rec(c.referencedMessage)?.messageId);
        return (
          <>
            <p className="italic text-zinc-600 dark:text-zinc-400">{c.action === "unpin" ? t("bubble.unpinned") : t("bubble.pinned")}</p>
            {target ? <QuotedMessage messageId={target} /> : null}
          </>
        );
      }
      case "newsletterAdminInvite":
        return <NewsletterInvite c={c} />;
      case "waiting":
        return (
          <p data-testid="waiting" className="inline-flex items-center gap-1.5 italic text-zinc-500 dark:text-zinc-400">
            <IconClock className="size-4 shrink-0" />
            {t("bubble.waiting")}
          </p>
        );
      case "revoked":
        return null;
      default:
        return <Unsupported kind={message.kind} content={message.content} />;
    }
  })();
  return (
    <>
      {message.isStatusReply ? <StatusQuote c={c} /> : null}
      {message.replyToMessageId ? <QuotedMessage messageId={message.replyToMessageId} /> : null}
      {message.deletedAt || message.kind === "revoked" ? (
        <p data-testid="deleted-mark" className="inline-flex items-center gap-1.5 text-xs italic text-zinc-500 dark:text-zinc-400">
          <IconBan className="size-3.5 shrink-0" />
          {t("deleted")}
        </p>
      ) : null}
      <div className={message.deletedAt ? "opacity-60" : undefined}>{body}</div>
    </>
  );
}
