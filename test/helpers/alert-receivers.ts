import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type Received = { path: string; headers: IncomingMessage["headers"]; body: string };

/**
 * One local HTTP server standing in for Slack's incoming webhooks, Telegram's Bot API, Z-API's send-text and a
 * user's webhook receiver: it records every request and answers with the next of `statuses` (then 200).
 */
export async function startHttpReceiver(): Promise<{
  url: string;
  received: Received[];
  failNext(...statuses: number[]): void;
  /** Answer requests whose path ends with `suffix` with this JSON body (e.g. Z-API's instance status). */
  answer(suffix: string, body: unknown): void;
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const queue: number[] = [];
  const answers = new Map<string, unknown>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const status = queue.shift() ?? 200;
      const answer = [...answers].find(([suffix]) => (req.url ?? "").endsWith(suffix));
      const ok = answer ? JSON.stringify(answer[1]) : '{"ok":true}';
      res.writeHead(status, { "content-type": "application/json" }).end(status === 200 ? ok : '{"ok":false,"description":"try later"}');
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failNext: (...statuses) => queue.push(...statuses),
    answer: (suffix, body) => answers.set(suffix, body),
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** A local SMTP server (the smtp-server package) that keeps every message it is given. */
export async function startSmtpReceiver(): Promise<{ port: number; mails: { from: string; to: string[]; data: string }[]; close(): Promise<void> }> {
  const mails: { from: string; to: string[]; data: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.server.address() as AddressInfo;
  return { port, mails, close: () => new Promise((r) => server.close(() => r())) };
}
