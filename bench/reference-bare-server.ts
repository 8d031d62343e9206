// The physical pipeline Vigia is compared with in `npm run bench`: a bare Node http server that commits each
// raw body with one INSERT (via pg) and announces it on Socket.IO, with the same answer and the same socket
// contract as Vigia's webhook route. No framework, no parsing, no batching: what the hardware and Postgres
// give for "store then tell". Run as its own process: PORT=… DATABASE_URL=… BENCH_TOKEN=… node --import tsx bench/reference-bare-server.ts
import http from "node:http";
import pg from "pg";
import { Server } from "socket.io";

const MAX_BODY = 1024 * 1024;
const port = Number(process.env.PORT ?? 0);
const token = process.env.BENCH_TOKEN ?? "";
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("DATABASE_URL is required");

// Pool size comparable to an app's default (pg's own default is 10).
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
await pool.query("CREATE TABLE IF NOT EXISTS bench_raw (id bigserial primary key, body text, received_at timestamptz default now())");

let seq = 0;
const server = http.createServer((req, res) => {
  if (req.method !== "POST") {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on("data", (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY) chunks.push(chunk);
  });
  req.on("end", () => {
    if (size > MAX_BODY) {
      res.writeHead(413, { "content-type": "application/json" }).end('{"ok":false,"error":"too large"}');
      return;
    }
    pool.query<{ id: string }>("INSERT INTO bench_raw (body) VALUES ($1) RETURNING id", [Buffer.concat(chunks).toString("utf8")]).then(
      ({ rows }) => {
        const id = String(rows[0]?.id);
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, id }));
        io.emit("changes", [{ seq: ++seq, kind: "event:logged", payload: { id } }]);
      },
      (error: unknown) => {
        res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error: String(error) }));
      },
    );
  });
});

const io = new Server(server, { transports: ["websocket"] });
io.use((socket, next) => (socket.handshake.auth.token === token ? next() : next(new Error("unauthorized"))));
io.on("connection", (socket) => socket.emit("sync:done", { headSeq: seq }));

server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  console.log(`bare reference is ready on port ${typeof address === "object" && address ? address.port : port}`);
});

const stop = () => {
  const closed = io.close();
  server.close();
  Promise.all([closed, pool.end()]).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
