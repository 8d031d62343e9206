import nodemailer from "nodemailer";
import type { TAlertMessage } from "../compose-alert";
import { SEND_TIMEOUT_MS } from "./send-failure";

/** One plain-text e-mail over SMTP (nodemailer); a new connection per message, alerts being rare. */
export async function sendEmail(
  config: { host: string; port: number; secure: boolean; user?: string; pass?: string; from: string; to: string },
  message: TAlertMessage,
): Promise<void> {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.user ? { user: config.user, pass: config.pass ?? "" } : undefined,
    connectionTimeout: SEND_TIMEOUT_MS,
    greetingTimeout: SEND_TIMEOUT_MS,
    socketTimeout: SEND_TIMEOUT_MS,
  });
  try {
    await transport.sendMail({ from: config.from, to: config.to, subject: message.title, text: message.text });
  } finally {
    transport.close();
  }
}
