import { type APIRequestContext } from "@playwright/test";
import { shortId } from "../../components/format/short-id";
import { fixture, postWebhook, uniqueId, uniqueInstanceId } from "./zapi";

/** What a stranger must never see: one message with values no other test run can have produced. */
export type LeakMarker = { text: string; chatName: string; phone: string; instanceId: string; messageId: string };

function randomDigits(n: number): string {
  return Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join("");
}

/** Posts the marker through the real webhook endpoint, as Z-API would: its instance connects, then a message. */
export async function postLeakMarker(request: APIRequestContext): Promise<LeakMarker> {
  const id = uniqueId("");
  const marker: LeakMarker = {
    text: `Marcador de vazamento ${id} — não pode sair`,
    chatName: `Contato Sigiloso ${id}`,
    phone: `55119${randomDigits(8)}`,
    instanceId: uniqueInstanceId(),
    messageId: uniqueId("3EB0"),
  };
  const momment = Date.now();
  await postWebhook(request, fixture("connected", { instanceId: marker.instanceId, phone: `55219${randomDigits(8)}`, momment }));
  await postWebhook(
    request,
    fixture("received-text", {
      instanceId: marker.instanceId,
      messageId: marker.messageId,
      momment,
      phone: marker.phone,
      chatName: marker.chatName,
      senderName: marker.chatName,
      text: { message: marker.text },
    }),
  );
  return marker;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Digits in order, with up to three separators between them: "5511987654321", "+55 (11) 98765-4321"… */
function digitsInAnyFormat(digits: string): RegExp {
  return new RegExp(digits.split("").join("[^0-9]{0,3}"));
}

/** The names of the marker's values found in `body`, in any of the forms the app shows or serialises. */
export function findLeaks(body: string, m: LeakMarker): string[] {
  const short = shortId(m.instanceId);
  const checks: [string, RegExp][] = [
    ["message text", new RegExp(escape(m.text.split(" — ")[0] as string))],
    ["chat name", new RegExp(escape(m.chatName))],
    ["phone number", digitsInAnyFormat(m.phone)],
    // The local part alone (9XXXX-XXXX), as a number is sometimes shown without its country and area code.
    ["phone number (local part)", digitsInAnyFormat(m.phone.slice(-9))],
    ["instance id", new RegExp(escape(m.instanceId), "i")],
    ["instance id (short form)", new RegExp(`${escape(short.slice(0, 4))}(…|\\\\u2026)${escape(short.slice(-4))}`, "i")],
    ["message id", new RegExp(escape(m.messageId))],
  ];
  return checks.filter(([, re]) => re.test(body)).map(([name]) => name);
}
