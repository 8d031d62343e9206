import en from "@/messages/en.json";
import ptBR from "@/messages/pt-BR.json";
import type { TPolicy } from "./resolve-policy";

export type TAlertPurpose = "opened" | "reminder" | "recovered" | "test";
export type TAlertSubject = {
  incident: { id: string; kind: "disconnected" | "silent" | "no_webhooks"; startedAt: Date; endedAt: Date | null; reason: string | null } | null;
  /** The instance's name, else its number, else its id. */
  instanceLabel: string | null;
};
export type TAlertMessage = { title: string; text: string; url: string | null };

const TEXTS = { en: en.alertText, "pt-BR": ptBR.alertText } as const;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** "2 h 5 min", "5 min", "40 s": the same in both languages. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const d = Math.floor(h / 24);
  if (d >= 1) return `${d} d ${h % 24} h`;
  return m % 60 ? `${h} h ${m % 60} min` : `${h} h`;
}

/**
 * The words of one alert, in the policy's language, with times on the policy's wall clock (America/Sao_Paulo
 * unless configured: alerts that speak UTC are a long-standing complaint of monitoring tools' users). Plain
 * text, so every channel can show it; the URL is the incident's page when Vigia knows its public address.
 * `title` (an e-mail's subject, a push notification's heading) names what the alert is about.
 */
export function composeAlert(purpose: TAlertPurpose, subject: TAlertSubject, policy: TPolicy, now: Date, publicUrl: string | null): TAlertMessage {
  const t = TEXTS[policy.language];
  const time = (d: Date) =>
    new Intl.DateTimeFormat(policy.language, { timeZone: policy.timeZone, dateStyle: "short", timeStyle: "short" }).format(d);
  const incident = subject.incident;
  const url = incident && publicUrl ? `${publicUrl.replace(/\/$/, "")}/incidents/${incident.id}` : null;
  const instance = subject.instanceLabel ?? "?";
  let text: string;
  let title: string;
  if (purpose === "test" || !incident) {
    text = title = t.test;
  } else {
    const subjectText =
      incident.kind === "no_webhooks" ? t.subjectGlobal : fill(incident.kind === "silent" ? t.subjectSilent : t.subjectDisconnected, { instance });
    title = `Vigia: ${subjectText}`;
    const since = { time: time(incident.startedAt), duration: formatDuration((incident.endedAt ?? now).getTime() - incident.startedAt.getTime()) };
    if (purpose === "opened") {
      text = fill(t[incident.kind], { instance, reason: incident.reason ?? t.unknownReason, ...since });
    } else if (purpose === "reminder") {
      text = fill(t.reminder, { subject: subjectText, ...since });
    } else {
      const back = { time: time(incident.endedAt ?? now), duration: since.duration };
      text = incident.kind === "no_webhooks" ? fill(t.recoveredGlobal, back) : fill(t.recovered, { subject: subjectText, ...back });
    }
  }
  const full = url ? `${text}\n${fill(t.link, { url })}` : text;
  return { title, text: full, url };
}
