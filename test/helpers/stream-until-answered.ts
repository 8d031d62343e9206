import { request } from "node:http";

/**
 * POSTs an endless chunked body (no Content-Length) until the server answers or `cap` bytes are sent, and
 * says how much was sent by then. A server that stops reading at its limit answers long before the cap; one
 * that buffers the whole body first answers only after the cap is reached and the body ends.
 */
export function streamUntilAnswered(url: string, cap: number): Promise<{ status: number | "closed"; sentBytes: number }> {
  const chunk = Buffer.alloc(64 * 1024, " ");
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(url, { method: "POST", headers: { "content-type": "application/json" } }, (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sentBytes: sent });
      req.destroy();
    });
    req.on("error", (e: NodeJS.ErrnoException) => {
      if (answered) return;
      // The server answered 413 and closed the connection (Connection: close) while we were still writing:
      // on Node 26 the write can fail (EPIPE, or a reset) before the answer is parsed. That too is a server
      // that stopped reading at its limit; the caller checks how much had been sent by then.
      answered = true;
      if (e.code === "EPIPE" || e.code === "ECONNRESET") resolve({ status: "closed", sentBytes: sent });
      else reject(e);
    });
    req.write("{");
    const pump = () => {
      while (!answered && sent < cap) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end("}");
    };
    pump();
  });
}
