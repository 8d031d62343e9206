/** What the header shows about the live connection. `signedOut`: the server closed it because the session ended. */
export type LiveStatus = "connecting" | "live" | "reconnecting" | "offline" | "signedOut";
