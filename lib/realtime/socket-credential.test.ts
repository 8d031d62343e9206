import { expect, test } from "vitest";
import { parseEndedCredentials, type TEndedCredentials } from "./notify-credentials-ended";
import { endedReason, type SocketCredential } from "./socket-credential";

const session: SocketCredential = { kind: "session", id: "s1", userId: "u1", expiresAt: 0 };
const token: SocketCredential = { kind: "token", id: "t1", userId: "u1" };
const env: SocketCredential = { kind: "env-token" };

test("a notification ends exactly the credentials it names, with the reason the client shows", () => {
  expect(endedReason(session, { kind: "sessions", ids: ["s0", "s1"] })).toBe("signed_out");
  expect(endedReason(session, { kind: "sessions", ids: ["s2"] })).toBeNull();
  expect(endedReason(token, { kind: "sessions", ids: ["t1"] })).toBeNull(); // ids of another kind never match
  expect(endedReason(token, { kind: "tokens", ids: ["t1"] })).toBe("revoked");
  expect(endedReason(session, { kind: "tokens", ids: ["s1"] })).toBeNull();
});

test("a password reset ends the user's other sessions but keeps the one that made it, and its API tokens", () => {
  expect(endedReason(session, { kind: "user-sessions", userId: "u1", exceptSessionId: null })).toBe("signed_out");
  expect(endedReason(session, { kind: "user-sessions", userId: "u1", exceptSessionId: "s1" })).toBeNull();
  expect(endedReason(session, { kind: "user-sessions", userId: "u2", exceptSessionId: null })).toBeNull();
  expect(endedReason(token, { kind: "user-sessions", userId: "u1", exceptSessionId: null })).toBeNull();
});

test("a removed user loses its sessions and tokens; VIGIA_API_TOKEN never ends", () => {
  expect(endedReason(session, { kind: "user", userId: "u1" })).toBe("signed_out");
  expect(endedReason(token, { kind: "user", userId: "u1" })).toBe("revoked");
  expect(endedReason({ ...token, userId: null }, { kind: "user", userId: "u1" })).toBeNull();
  const all: TEndedCredentials[] = [{ kind: "user", userId: "u1" }, { kind: "tokens", ids: ["t1"] }, { kind: "user-sessions", userId: "u1", exceptSessionId: null }];
  for (const ended of all) expect(endedReason(env, ended)).toBeNull();
});

test("payloads from the channel are parsed, anything else is ignored without throwing", () => {
  expect(parseEndedCredentials('{"kind":"sessions","ids":["s1"]}')).toEqual({ kind: "sessions", ids: ["s1"] });
  expect(parseEndedCredentials("")).toBeNull();
  expect(parseEndedCredentials(undefined)).toBeNull();
  expect(parseEndedCredentials("{not json")).toBeNull();
  expect(parseEndedCredentials('{"kind":"everyone"}')).toBeNull();
});
