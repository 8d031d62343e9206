import { expect, test } from "vitest";
import { classifyChat } from "./classify-chat";

test.each([
  ["5511987654321", {}, "private"],
  ["558512345678", {}, "private"],
  ["999999999999@lid", {}, "private"],
  ["120363000000000001-group", {}, "group"],
  ["5544999999999-group", { isGroup: false }, "group"],
  ["5544999999999-1580000000-group", {}, "group"],
  ["5544999999999@newsletter", { isNewsletter: false }, "channel"],
  ["1774895799-broadcast", {}, "broadcast"],
  ["status@broadcast", {}, "status"],
  ["5544999999999", { isNewsletter: true }, "channel"],
  ["5544999999999", { isGroup: true }, "group"],
  ["999999999999@lid", { isGroup: true }, "private"],
] as const)("classifyChat(%s, %o) = %s", (phone, flags, expected) => {
  expect(classifyChat(phone, flags)).toBe(expected);
});
