/** A subscribed device as a person recognises it: the browser and the system named in its User-Agent header. */
export type TDeviceName = { browser: string | null; os: string | null };

// Order matters: Edge, Opera and Samsung Internet also say "Chrome/", Chrome also says "Safari/", Android also
// says "Linux", and iOS browsers say "like Mac OS X" (CriOS / FxiOS / EdgiOS are Chrome, Firefox, Edge on iOS).
const BROWSERS: [RegExp, string][] = [
  [/\b(Edg|EdgA|EdgiOS)\//, "Edge"],
  [/\b(OPR|OPX)\//, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\b(Firefox|FxiOS)\//, "Firefox"],
  [/\b(HeadlessChrome|Chrome|CriOS)\//, "Chrome"],
  [/\bVersion\/[\d.]+.*\bSafari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/\bWindows\b/, "Windows"],
  [/\bAndroid\b/, "Android"],
  [/\b(iPhone|iPad|iPod)\b/, "iOS"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bMac OS X\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

export function describeUserAgent(userAgent: string | null): TDeviceName {
  const ua = userAgent ?? "";
  return { browser: BROWSERS.find(([re]) => re.test(ua))?.[1] ?? null, os: SYSTEMS.find(([re]) => re.test(ua))?.[1] ?? null };
}
