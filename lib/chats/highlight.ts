/** One character as search compares it (lib/chats/search-chats.ts `vigia_fold`): lower case, accents dropped. */
function foldChar(c: string): string {
  return c.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Where `query` occurs in `text`, accent- and case-insensitively, as [start, end) ranges of `text` itself,
 * so the original spelling is what gets highlighted ("joao" marks "João").
 */
export function highlightRanges(text: string, query: string): [number, number][] {
  const q = [...query.trim()].map(foldChar).join("");
  if (!q) return [];
  // Folded text with, for each folded character, the index in `text` it came from.
  let folded = "";
  const origin: number[] = [];
  let at = 0;
  for (const c of text) {
    const f = foldChar(c);
    for (let k = 0; k < f.length; k++) origin.push(at);
    folded += f;
    at += c.length;
  }
  origin.push(text.length);
  const ranges: [number, number][] = [];
  for (let i = folded.indexOf(q); i >= 0; i = folded.indexOf(q, i + q.length)) {
    ranges.push([origin[i] ?? 0, origin[i + q.length] ?? text.length]);
  }
  return ranges;
}
