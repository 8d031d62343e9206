import http from "node:http";

export type KeptAnswer = { status: number; connection: string | undefined; body: string };

/**
 * A client with one keep-alive connection (node:http, one socket): every request goes on the same connection
 * while the server keeps it open, as a webhook sender or a browser reuses its connections.
 */
export function keepAliveClient(baseUrl: string): { post(path: string, body: Buffer | string, headers?: Record<string, string>): Promise<KeptAnswer>; close(): void } {
  const base = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    post: (path, body, headers = {}) =>
      new Promise((resolve, reject) => {
        const payload = typeof body === "string" ? Buffer.from(body) : body;
        const req = http.request(
          { agent, host: base.hostname, port: base.port, path, method: "POST", headers: { "content-type": "application/json", "content-length": payload.length, ...headers } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("error", reject);
            res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body: Buffer.concat(chunks).toString("utf8") }));
          },
        );
        req.on("error", reject);
        req.end(payload);
      }),
    close: () => agent.destroy(),
  };
}
