import { expect, test } from "vitest";
import { parseWhatsappText } from "./parse-whatsapp-text";

test("bold, italic, strike and mono, nested, only between word boundaries", () => {
  expect(parseWhatsappText("a *b* _i_ ~s~ `m`")).toEqual([
    { t: "text", v: "a " }, { t: "b", c: [{ t: "text", v: "b" }] }, { t: "text", v: " " },
    { t: "i", c: [{ t: "text", v: "i" }] }, { t: "text", v: " " }, { t: "s", c: [{ t: "text", v: "s" }] }, { t: "text", v: " " }, { t: "code", v: "m" },
  ]);
  expect(parseWhatsappText("*_both_*")).toEqual([{ t: "b", c: [{ t: "i", c: [{ t: "text", v: "both" }] }] }]);
  // Not formatting: inside words, spaces next to the markers, a lone marker.
  for (const plain of ["2*3*4", "snake_case_name", "* not bold *", "5 * 3", "a_b", "__init__", "window.__xss=1 and window.__xss=2", "**"]) expect(parseWhatsappText(plain)).toEqual([{ t: "text", v: plain }]);
  expect(parseWhatsappText("```*x* <b>```")).toEqual([{ t: "code", v: "*x* <b>" }]);
});

test("http(s) and www links become links without trailing punctuation; other schemes stay text", () => {
  expect(parseWhatsappText("veja https://example.com/a?b=1, ok")).toEqual([
    { t: "text", v: "veja " }, { t: "link", v: "https://example.com/a?b=1", href: "https://example.com/a?b=1" }, { t: "text", v: ", ok" },
  ]);
  expect(parseWhatsappText("www.exemplo.com.br.")).toEqual([{ t: "link", v: "www.exemplo.com.br", href: "https://www.exemplo.com.br/" }, { t: "text", v: "." }]);
  for (const hostile of ["javascript:alert(1)", "<img src=x onerror=alert(1)>", "data:text/html,<script>x</script>", "vbscript:msgbox"]) {
    expect(parseWhatsappText(hostile).every((token) => token.t === "text")).toBe(true);
  }
  expect(parseWhatsappText("*https://a.example*")).toEqual([{ t: "b", c: [{ t: "link", v: "https://a.example", href: "https://a.example/" }] }]);
});
