import { describe, expect, test } from "vitest";
import { groupReceiptRank, isDelivered, isSeen, messageRankOfReceipt, RECEIPT_ORDER, receiptRank, receiptRankSql, receiptTick, statusRank } from "./receipt-rules";

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

describe("the group rule", () => {
  const members = ["a", "b", "c"];
  const r = (participant: string, status: string) => ({ participant, status });

  test("delivered only when every member has received it (a read counts as received)", () => {
    expect(groupReceiptRank(members, [r("a", "RECEIVED"), r("b", "RECEIVED")])).toBe(1);
    expect(groupReceiptRank(members, [r("a", "RECEIVED"), r("b", "RECEIVED"), r("c", "READ")])).toBe(2);
  });

  test("read only when every member has read it; played when every one played it", () => {
    expect(groupReceiptRank(members, [r("a", "READ"), r("b", "READ"), r("c", "RECEIVED")])).toBe(2);
    expect(groupReceiptRank(members, [r("a", "READ"), r("b", "PLAYED"), r("c", "READ")])).toBe(3);
    expect(groupReceiptRank(members, [r("a", "PLAYED"), r("b", "PLAYED"), r("c", "PLAYED")])).toBe(4);
  });

  test("a receipt from someone outside the list does not stand in for a member", () => {
    expect(groupReceiptRank(members, [r("a", "READ"), r("b", "READ"), r("x", "READ")])).toBe(1);
  });

  test("members unknown: no guess past sent, however many read it", () => {
    expect(groupReceiptRank(null, [r("a", "READ"), r("b", "READ"), r("c", "READ")])).toBe(1);
    expect(groupReceiptRank(null, [])).toBeNull();
    expect(groupReceiptRank(null, [r("a", "READ_BY_ME")])).toBeNull();
  });

  test("one receipt on its own: a private chat's moves to its rank, a member's to sent at most", () => {
    expect(messageRankOfReceipt("READ", "")).toBe(3);
    expect(messageRankOfReceipt("READ", null)).toBe(3);
    expect(messageRankOfReceipt("READ", "5511900000002")).toBe(1);
    expect(messageRankOfReceipt("READ_BY_ME", "5511900000002")).toBeNull();
  });
});

test("ticks: clock, one per receipt step, played only for voice and video notes, failed apart", () => {
  expect(["PENDING", "SENT", "RECEIVED", "READ", "FAILED"].map((s) => receiptTick(s))).toEqual(["clock", "sent", "delivered", "read", "failed"]);
  expect([receiptTick("PLAYED", "audio"), receiptTick("PLAYED", "ptv"), receiptTick("PLAYED", "text")]).toEqual(["played", "played", "read"]);
  expect([receiptTick(null), receiptTick("READ_BY_ME"), receiptTick("toString")]).toEqual([null, null, null]);
});
