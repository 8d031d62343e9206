import { request } from "node:http";

/**
 * POSTs an endless chunked body (no Content-Length) until the server answers or `cap` bytes are sent, and
 * says how much was sent by then. A server that stops reading at its limit answers long before the cap; one
 * that buffers the whole body first answers only after the cap is reached and the body ends.
 */
export function streamUntilAnswered(url: string, cap: number): Promise<{ status: number; sentBytes: number }> {
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
    req.on("error", (e) => {
      if (!answered) reject(e);
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
