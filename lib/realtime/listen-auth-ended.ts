import { listenChannel } from "@/lib/changes/listen-channel";
import { AUTH_ENDED_CHANNEL, parseEndedCredentials, type TEndedCredentials } from "./notify-credentials-ended";

export type AuthEndedListener = { stop(): Promise<void> };

/**
 * The `vigia_auth_ended` notifications, through the same reconnecting listener as the change stream
 * (lib/changes/listen-channel.ts). After every (re)connection `onListening` runs, because notifications sent
 * while nobody listened are gone, so the caller sweeps instead.
 */
export function listenAuthEnded(o: {
  databaseUrl: string;
  onEnded: (ended: TEndedCredentials) => void;
  onListening: () => void;
  log: (m: string) => void;
}): AuthEndedListener {
  return listenChannel({
    databaseUrl: o.databaseUrl,
    channel: AUTH_ENDED_CHANNEL,
    applicationName: "vigia-auth-listener",
    log: o.log,
    onWake: (payload) => {
      if (payload === null) return o.onListening();
      const ended = parseEndedCredentials(payload);
      if (ended) o.onEnded(ended);
      else o.log("auth listener: ignored a notification it cannot read");
    },
  });
}
