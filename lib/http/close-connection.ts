/**
 * Headers for an answer sent before the request's body was read to its end (a 413 for a body over the
 * limit). The rest of that body is still on the connection, so it cannot carry another request: saying
 * `Connection: close` makes Node end it after the answer and tells a keep-alive client to open a new one.
 * Without it, Node 26 closes the connection anyway while the answer says keep-alive, and the client's next
 * request on it fails with ECONNRESET (test/webhook-endpoint.test.ts, "the next request after a 413").
 */
export const CLOSE_CONNECTION = { connection: "close" } as const;
