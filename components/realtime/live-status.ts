/** What the header shows about the live connection. */
export type LiveStatus = "connecting" | "live" | "reconnecting" | "offline";
