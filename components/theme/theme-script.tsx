import { THEME_STORAGE_KEY } from "./theme-store";

// Runs before the body is parsed so a dark-mode user never sees a white flash. A constant string, never
// user input; keep its rule identical to applyTheme() in theme-store.ts.
const script = `(function(){try{var p=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=p==="dark"||(p!=="light"&&window.matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

export function ThemeScript() {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: static script, see above
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
