// WhatsApp's own formatting (*bold*, _italic_, ~strike~, `mono`, ```block```) and bare links, as tokens that
// components/chats/whatsapp-text.tsx renders with React elements only: the text is never HTML, and a link
// is only ever an http(s) URL found in it (`javascript:` and friends stay plain text).

export type TextToken =
  | { t: "text"; v: string }
  | { t: "link"; v: string; href: string }
  | { t: "code"; v: string }
  | { t: "b" | "i" | "s"; c: TextToken[] };

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"']+/giu;
/**
 * Leftmost first: a code block, inline code, then a marker that opens after a non-word and closes before one;
 * a doubled marker (`__init__`, `**`) is not formatting.
 */
function marked(m: string): string {
  const e = m === "*" ? "\\*" : m; // only `*` needs escaping, and `\_` or `\~` are errors in a `u` pattern
  return `(?<![\\p{L}\\p{N}${e}])${e}(?![\\s${e}])([^\\n]*?[^\\s${e}])${e}(?![\\p{L}\\p{N}${e}])`;
}
const FORMAT = new RegExp(`\`\`\`([\\s\\S]+?)\`\`\`|\`([^\`\\n]+)\`|${marked("*")}|${marked("_")}|${marked("~")}`, "u");

/** An http(s) URL for a matched link, or null (then it stays text). Trailing punctuation is not part of it. */
function linkOf(raw: string): { v: string; href: string; rest: string } | null {
  const v = raw.replace(/[.,;:!?)\]}]+$/u, "");
  try {
    const url = new URL(v.toLowerCase().startsWith("www.") ? `https://${v}` : v);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    return { v, href: url.href, rest: raw.slice(v.length) };
  } catch {
    return null;
  }
}

function formatted(text: string, depth: number): TextToken[] {
  const out: TextToken[] = [];
  let rest = text;
  while (rest) {
    const m = depth < 4 ? FORMAT.exec(rest) : null;
    if (!m) {
      out.push(...linked(rest));
      break;
    }
    if (m.index > 0) out.push(...linked(rest.slice(0, m.index)));
    if (m[1] !== undefined) out.push({ t: "code", v: m[1] });
    else if (m[2] !== undefined) out.push({ t: "code", v: m[2] });
    else {
      // Groups 3, 4, 5: the text between *…*, _…_, ~…~.
      const style = m[3] !== undefined ? "b" : m[4] !== undefined ? "i" : "s";
      out.push({ t: style, c: formatted(m[3] ?? m[4] ?? m[5] ?? "", depth + 1) });
    }
    rest = rest.slice(m.index + m[0].length);
  }
  return out;
}

function linked(text: string): TextToken[] {
  const out: TextToken[] = [];
  let at = 0;
  for (const m of text.matchAll(LINK)) {
    const link = linkOf(m[0]);
    if (!link) continue;
    if (m.index > at) out.push({ t: "text", v: text.slice(at, m.index) });
    out.push({ t: "link", v: link.v, href: link.href });
    at = m.index + link.v.length;
  }
  if (at < text.length) out.push({ t: "text", v: text.slice(at) });
  return out;
}

export function parseWhatsappText(text: string): TextToken[] {
  return formatted(text, 0);
}
