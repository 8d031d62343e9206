/**
 * The ways a number typed into search may be stored (Z-API sends bare digits, docs/zapi/SPEC.md §3.2): with or
 * without the country code 55, with or without Brazil's ninth digit. Empty when the query is not a number
 * (fewer than 4 digits, or letters in it).
 */
export function phoneVariants(query: string): string[] {
  if (/[\p{L}]/u.test(query)) return [];
  const digits = query.replace(/\D/g, "");
  if (digits.length < 4) return [];
  const variants = new Set([digits]);
  const local = digits.length >= 12 && digits.startsWith("55") ? digits.slice(2) : digits;
  variants.add(local);
  // DDD + 9 + eight digits, or DDD + eight digits (numbers from before the ninth digit, or sent without it).
  const nine = /^(\d{2})9(\d{8})$/.exec(local);
  if (nine) variants.add(`${nine[1]}${nine[2]}`);
  const eight = /^(\d{2})([2-9]\d{7})$/.exec(local);
  if (eight) variants.add(`${eight[1]}9${eight[2]}`);
  return [...variants];
}
