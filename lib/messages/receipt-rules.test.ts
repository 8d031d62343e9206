import { expect, test } from "vitest";
import { isDelivered, isSeen, RECEIPT_ORDER, receiptRank, receiptRankSql, receiptTick, statusRank } from "./receipt-rules";

test("receipts rank strictly forward in their order", () => {
  const ranks = RECEIPT_ORDER.map((s) => receiptRank(s));
  expect(ranks).toEqual([1, 2, 3, 4]);
});

test("PENDING, READ_BY_ME, READ-SELF and unknown values are not receipts", () => {
  for (const s of ["PENDING", "READ_BY_ME", "READ-SELF", "DELETED", "", "constructor", "toString"]) expect(receiptRank(s)).toBeNull();
});

test("a stored PENDING or FAILED message ranks below any receipt; unknown ranks below everything", () => {
  expect(statusRank("PENDING")).toBe(0);
  expect(statusRank("FAILED")).toBe(0);
  expect(statusRank("SENT")).toBeGreaterThan(statusRank("PENDING"));
  expect(statusRank(null)).toBe(-1);
  expect(statusRank("hasOwnProperty")).toBe(-1);
});

test("seen and delivered follow the ranks", () => {
  expect([isSeen("READ"), isSeen("PLAYED"), isSeen("RECEIVED")]).toEqual([true, true, false]);
  expect([isDelivered("SENT"), isDelivered("RECEIVED"), isDelivered("PLAYED"), isDelivered(null)]).toEqual([false, true, true, false]);
});

test("the SQL expression carries the same ranks", () => {
  const sql = receiptRankSql("t.status");
  for (const s of RECEIPT_ORDER) expect(sql).toContain(`WHEN '${s}' THEN ${receiptRank(s)}`);
  expect(sql).toMatch(/ELSE NULL END$/);
});

test("ticks: clock, one per receipt step, played only for voice and video notes, failed apart", () => {
  expect(["PENDING", "SENT", "RECEIVED", "READ", "FAILED"].map((s) => receiptTick(s))).toEqual(["clock", "sent", "delivered", "read", "failed"]);
  expect([receiptTick("PLAYED", "audio"), receiptTick("PLAYED", "ptv"), receiptTick("PLAYED", "text")]).toEqual(["played", "played", "read"]);
  expect([receiptTick(null), receiptTick("READ_BY_ME"), receiptTick("toString")]).toEqual([null, null, null]);
});
