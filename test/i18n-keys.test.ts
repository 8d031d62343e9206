import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { resolveLocale } from "@/i18n/resolve-locale";
import ptBR from "@/messages/pt-BR.json";

type Tree = { [key: string]: string | Tree };

/** Every leaf as a dotted path, e.g. "login.highlights.chats". */
function leafKeys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

/**
 * ICU argument names a message uses ({min}, {count, plural, …}, also inside plural/select branches), so a
 * translation cannot drop or rename one. Branch texts themselves are not arguments.
 */
function argumentNames(message: string): string[] {
  const names = new Set<string>();
  let i = 0;
  const parseMessage = (): void => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") parseArgument();
      else i++;
    }
  };
  const parseArgument = (): void => {
    i++; // "{"
    const close = message.slice(i).search(/[,}]/);
    const end = close === -1 ? message.length : i + close;
    names.add(message.slice(i, end).trim());
    i = end;
    if (message[i] === ",") {
      // Skip "type," then read each "selector {branch}" until the argument's closing brace.
      while (i < message.length && message[i] !== "}") {
        if (message[i] === "{") {
          i++;
          parseMessage();
        }
        i++;
      }
    }
    i++; // "}"
  };
  parseMessage();
  return [...names].sort();
}

function leafValue(tree: Tree, path: string): string {
  const value = path.split(".").reduce<string | Tree | undefined>((node, key) => (typeof node === "object" ? node[key] : undefined), tree);
  return typeof value === "string" ? value : "";
}

describe("messages", () => {
  const pt = leafKeys(ptBR).sort();
  const english = leafKeys(en).sort();

  it("pt-BR and en have exactly the same keys", () => {
    expect(pt.filter((key) => !english.includes(key)), "missing in en.json").toEqual([]);
    expect(english.filter((key) => !pt.includes(key)), "missing in pt-BR.json").toEqual([]);
  });

  it("no message is empty", () => {
    const empty = [...pt.filter((k) => !leafValue(ptBR as Tree, k).trim()), ...english.filter((k) => !leafValue(en as Tree, k).trim())];
    expect(empty).toEqual([]);
  });

  it("translations use the same ICU arguments", () => {
    const mismatched = pt.filter(
      (key) => argumentNames(leafValue(ptBR as Tree, key)).join() !== argumentNames(leafValue(en as Tree, key)).join(),
    );
    expect(mismatched).toEqual([]);
  });
});

describe("locale resolution (cookie, then Accept-Language)", () => {
  it.each([
    [undefined, null, "pt-BR"],
    [undefined, "", "pt-BR"],
    [undefined, "pt-BR,pt;q=0.9,en;q=0.8", "pt-BR"],
    [undefined, "pt-PT", "pt-BR"],
    [undefined, "en-US,en;q=0.9", "en"],
    [undefined, "es-ES,es;q=0.9", "en"],
    [undefined, "de;q=0.9,pt;q=0.8,en;q=0.7", "pt-BR"],
    [undefined, "en;q=0.5,pt-BR;q=0.8", "pt-BR"],
    [undefined, "pt;q=0", "en"],
    ["en", "pt-BR", "en"],
    ["pt-BR", "en-US", "pt-BR"],
    ["fr", "en-US", "en"],
  ] as const)("cookie %s, header %s → %s", (cookie, header, expected) => {
    expect(resolveLocale(cookie, header)).toBe(expected);
  });
});
