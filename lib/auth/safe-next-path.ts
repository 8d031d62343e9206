const BASE = "http://vigia.invalid";

function hasControlCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Where to go after logging in (`/login?next=…`): a path of this site only, so a crafted link cannot send the
 * user elsewhere. Refused (null): anything not starting with one "/", protocol-relative "//host", "/\host"
 * (browsers read a backslash as a slash), control characters, an absolute URL, and /login itself.
 */
export function safeNextPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2_000 || !value.startsWith("/")) return null;
  if (value.startsWith("//") || value.includes("\\") || hasControlCharacter(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || url.pathname === "/login" || url.pathname.startsWith("/login/")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
