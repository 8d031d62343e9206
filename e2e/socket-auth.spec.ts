import { expect, test } from "@playwright/test";
import { io } from "socket.io-client";
import { logIn } from "./support/login";

function connect(baseURL: string, cookie?: string): Promise<{ ok: true; headSeq: number } | { ok: false; error: string }> {
  const socket = io(baseURL, {
    transports: ["websocket"],
    reconnection: false,
    auth: { lastSeq: 0 },
    extraHeaders: cookie ? { cookie } : {},
  });
  return new Promise((resolve) => {
    socket.on("sync:done", ({ headSeq }: { headSeq: number }) => {
      socket.disconnect();
      resolve({ ok: true, headSeq });
    });
    socket.on("connect_error", (error) => {
      socket.disconnect();
      resolve({ ok: false, error: error.message });
    });
  });
}

test("the live socket refuses strangers and accepts a logged-in session", async ({ context, baseURL }) => {
  if (!baseURL) throw new Error("baseURL is not configured");
  const refused = await connect(baseURL);
  expect(refused).toEqual({ ok: false, error: "unauthorized" });

  await logIn(context);
  const cookies = await context.cookies(baseURL);
  const header = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const accepted = await connect(baseURL, header);
  expect(accepted.ok).toBe(true);
});
