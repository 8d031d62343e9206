import { createECDH, createHmac, createDecipheriv, createPublicKey, randomBytes, verify, type ECDH } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** What the push service made of one request: the VAPID claims it checked and the payload it decrypted. */
export type ReceivedPush = {
  subscription: string;
  headers: Record<string, string | string[] | undefined>;
  /** The JWT's claims, after its ES256 signature was checked with the key in the header. */
  claims: { aud: string; exp: number; sub: string };
  /** The VAPID public key the request named (`k=`), base64url. */
  vapidKey: string;
  /** The plaintext, decrypted with the subscription's private key (RFC 8291), as UTF-8. */
  payload: string;
};

const b64u = (b: Buffer) => b.toString("base64url");
const hmac = (key: Buffer, data: Buffer) => createHmac("sha256", key).update(data).digest();

/**
 * RFC 8291 + RFC 8188 decryption, written from the RFCs with node:crypto (not with the library that
 * encrypted, so a bug there is not mirrored here): header salt(16) | rs(4) | idlen(1) | keyid (the sender's
 * P-256 public key), then one record of AES-128-GCM whose plaintext ends with the delimiter 0x02 and zeros.
 */
export function decryptAes128gcm(body: Buffer, ua: ECDH, authSecret: Buffer): string {
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20] ?? 0;
  const asPublic = body.subarray(21, 21 + idlen);
  const record = body.subarray(21 + idlen);
  if (idlen !== 65) throw new Error(`keyid is ${idlen} bytes, not a P-256 public key`);
  if (record.length > rs) throw new Error("more than one record: not expected for an alert");
  const ecdhSecret = ua.computeSecret(asPublic);
  const prkKey = hmac(authSecret, ecdhSecret);
  const keyInfo = Buffer.concat([Buffer.from("WebPush: info\0"), ua.getPublicKey(), asPublic, Buffer.from([1])]);
  const ikm = hmac(prkKey, keyInfo);
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from("Content-Encoding: aes128gcm\0\x01", "latin1")).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from("Content-Encoding: nonce\0\x01", "latin1")).subarray(0, 12);
  const decipher = createDecipheriv("aes-128-gcm", cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error("the last record does not end with the 0x02 delimiter");
  return padded.subarray(0, end).toString("utf8");
}

/** Checks `Authorization: vapid t=<jwt>, k=<key>` (RFC 8292): the ES256 signature with key k; returns both. */
export function verifyVapid(authorization: string | undefined): { claims: ReceivedPush["claims"]; vapidKey: string } {
  const m = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(authorization ?? "");
  if (!m?.[1] || !m[2]) throw new Error(`not a VAPID Authorization header: ${authorization ?? "(none)"}`);
  const [header, claims, signature] = m[1].split(".") as [string, string, string];
  const point = Buffer.from(m[2], "base64url");
  if (point.length !== 65 || point[0] !== 4) throw new Error("k is not an uncompressed P-256 point");
  const key = createPublicKey({ key: { kty: "EC", crv: "P-256", x: b64u(point.subarray(1, 33)), y: b64u(point.subarray(33)) }, format: "jwk" });
  const ok = verify("sha256", Buffer.from(`${header}.${claims}`), { key, dsaEncoding: "ieee-p1363" }, Buffer.from(signature, "base64url"));
  if (!ok) throw new Error("the VAPID signature does not verify with k");
  const alg = (JSON.parse(Buffer.from(header, "base64url").toString()) as { alg?: string }).alg;
  if (alg !== "ES256") throw new Error(`VAPID JWT alg is ${alg}`);
  return { claims: JSON.parse(Buffer.from(claims, "base64url").toString()) as ReceivedPush["claims"], vapidKey: m[2] };
}

type Sub = { id: string; ecdh: ECDH; auth: Buffer; status: number | null };

/**
 * A local push service (RFC 8030's receiving end) standing in for FCM / Mozilla's autopush: it hands out
 * subscriptions whose private keys it keeps, checks each push's VAPID signature and audience, decrypts its
 * aes128gcm body, and answers 201 — or, per subscription, what `answer()` set (410: the browser is gone).
 * A request that fails a check gets 400/401/403 and is recorded in `rejected`.
 */
export async function startPushService(o: { onPush?: (p: ReceivedPush) => void } = {}): Promise<{
  url: string;
  received: ReceivedPush[];
  rejected: string[];
  /** A new browser subscription: what PushSubscription.toJSON() would give, plus its id here. */
  subscribe(): { id: string; endpoint: string; keys: { p256dh: string; auth: string } };
  answer(subscriptionId: string, status: number | null): void;
  close(): Promise<void>;
}> {
  const subs = new Map<string, Sub>();
  const received: ReceivedPush[] = [];
  const rejected: string[] = [];
  let origin = "";
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const id = /^\/push\/([\w-]+)$/.exec(req.url ?? "")?.[1] ?? "";
      const sub = subs.get(id);
      const refuse = (status: number, why: string) => {
        rejected.push(why);
        res.writeHead(status, { "content-type": "text/plain" }).end(why);
      };
      if (req.method !== "POST") return refuse(405, `method ${req.method}`);
      if (!sub) return refuse(404, `no subscription ${id}`);
      if (sub.status) return res.writeHead(sub.status).end();
      try {
        const { claims, vapidKey } = verifyVapid(req.headers.authorization);
        if (claims.aud !== origin) return refuse(403, `aud ${claims.aud} is not ${origin}`);
        if (!(claims.exp > Date.now() / 1000 && claims.exp <= Date.now() / 1000 + 24 * 3600)) return refuse(403, `exp ${claims.exp} out of range`);
        if (!/^(mailto:|https:)/.test(claims.sub)) return refuse(403, `sub ${claims.sub}`);
        if (req.headers["content-encoding"] !== "aes128gcm") return refuse(400, `content-encoding ${String(req.headers["content-encoding"])}`);
        if (!req.headers.ttl) return refuse(400, "no TTL");
        const payload = decryptAes128gcm(Buffer.concat(chunks), sub.ecdh, sub.auth);
        const push = { subscription: id, headers: req.headers, claims, vapidKey, payload };
        received.push(push);
        o.onPush?.(push);
        res.writeHead(201, { location: `${origin}/message/${received.length}` }).end();
      } catch (e) {
        refuse(e instanceof Error && /VAPID|signature|alg/.test(e.message) ? 401 : 400, e instanceof Error ? e.message : String(e));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    received,
    rejected,
    subscribe() {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const sub: Sub = { id: randomBytes(8).toString("hex"), ecdh, auth: randomBytes(16), status: null };
      subs.set(sub.id, sub);
      return { id: sub.id, endpoint: `${origin}/push/${sub.id}`, keys: { p256dh: b64u(ecdh.getPublicKey()), auth: b64u(sub.auth) } };
    },
    answer(subscriptionId, status) {
      const sub = subs.get(subscriptionId);
      if (sub) sub.status = status;
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}
