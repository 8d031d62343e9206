import { readFileSync } from "node:fs";
import path from "node:path";
import type ptMessages from "../../messages/pt-BR.json";

// Specs find elements by the texts people read, taken from the message files so a wording change does not
// break them while a missing or wrong translation still does.
type Messages = typeof ptMessages;

function load(locale: "pt-BR" | "en"): Messages {
  return JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "..", "messages", `${locale}.json`), "utf8")) as Messages;
}

export const pt = load("pt-BR");
export const en = load("en");
