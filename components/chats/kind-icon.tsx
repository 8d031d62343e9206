import type { ComponentType } from "react";
import {
  IconBan,
  IconCalendar,
  IconCart,
  IconContactCard,
  IconFile,
  IconImage,
  IconMic,
  IconMoney,
  IconPin,
  IconPoll,
  IconSticker,
  IconVideo,
} from "@/components/icons/chat-icons";

type Icon = ComponentType<{ className?: string }>;

// The small icon a preview shows before its text, as WhatsApp does; kinds without one show none.
const ICONS: Record<string, Icon> = {
  image: IconImage,
  sticker: IconSticker,
  video: IconVideo,
  gif: IconVideo,
  ptv: IconVideo,
  audio: IconMic,
  document: IconFile,
  location: IconPin,
  liveLocation: IconPin,
  contact: IconContactCard,
  poll: IconPoll,
  pollVote: IconPoll,
  product: IconCart,
  order: IconCart,
  reviewAndPay: IconCart,
  reviewOrder: IconCart,
  requestPayment: IconMoney,
  sendPayment: IconMoney,
  pixKeyMessage: IconMoney,
  event: IconCalendar,
  eventResponse: IconCalendar,
  revoked: IconBan,
};

export function KindIcon({ kind, className = "size-3.5" }: { kind: string; className?: string }) {
  const Found = Object.hasOwn(ICONS, kind) ? ICONS[kind] : undefined;
  return Found ? <Found className={className} /> : null;
}
