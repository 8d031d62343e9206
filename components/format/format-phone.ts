/**
 * Z-API sends bare digits ("5544999999999"); Brazilian numbers read better as +55 (44) 99999-9999.
 * Anything else (groups, @lid, channels, other countries) is shown as given, with a + for plain digits.
 */
export function formatPhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const br = /^55(\d{2})(\d{4,5})(\d{4})$/.exec(raw);
  if (br) return `+55 (${br[1]}) ${br[2]}-${br[3]}`;
  if (/^\d{8,15}$/.test(raw)) return `+${raw}`;
  return raw;
}
