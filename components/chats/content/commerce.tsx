"use client";

import { useTranslations } from "next-intl";
import { IconCart, IconMoney } from "@/components/icons/chat-icons";
import { Card, OutLink } from "./card";
import { MediaImage } from "./media";
import { httpUrl, list, num, type Rec, rec, str } from "./read-content";

/** Amounts as Z-API sends them, with their currency code: their scale differs per kind and is not documented. */
function amount(value: unknown, currency: unknown): string | null {
  const n = num(value);
  return n === null ? null : `${str(currency) ?? ""} ${n}`.trim();
}

function Products({ products }: { products: unknown[] }) {
  return products.map((p, i) => {
    const r = rec(p) ?? {};
    return (
      <div key={i} className="flex justify-between gap-3 text-xs">
        <span className="break-words">
          {num(r.quantity) ?? 1}× {str(r.name) ?? "—"}
        </span>
        <span className="tabular-nums">{amount(r.price ?? r.value, r.currencyCode) ?? ""}</span>
      </div>
    );
  });
}

export function ProductCard({ c }: { c: Rec }) {
  const t = useTranslations("chats.bubble");
  const url = httpUrl(c.url);
  return (
    <div className="flex flex-col gap-1.5">
      {httpUrl(c.productImage) ? <MediaImage url={c.productImage} /> : null}
      <Card icon={<IconCart className="size-5" />} title={str(c.title) ?? t("product")} lines={[str(c.description), amount(c.price, c.currencyCode)]}>
        {url ? <OutLink href={url}>{t("openLink")}</OutLink> : null}
      </Card>
    </div>
  );
}

export function OrderCard({ c, kind }: { c: Rec; kind: string }) {
  const t = useTranslations("chats.bubble");
  const currency = c.currency ?? c.currencyCode;
  const status = [str(c.orderStatus), str(c.paymentStatus)].filter(Boolean).join(" · ");
  return (
    <Card
      icon={<IconCart className="size-5" />}
      title={str(c.orderTitle) ?? t("orderKind", { kind })}
      lines={[str(c.message), num(c.itemCount) ? t("items", { count: num(c.itemCount) ?? 0 }) : null, status || null, amount(c.total, currency) ? t("total", { amount: amount(c.total, currency) ?? "" }) : null]}
    >
      <Products products={list(c.products)} />
    </Card>
  );
}

export function PaymentCard({ c, kind }: { c: Rec; kind: string }) {
  const t = useTranslations("chats.bubble");
  const info = rec(c.paymentInfo) ?? {};
  return (
    <Card
      icon={<IconMoney className="size-5" />}
      title={kind === "requestPayment" ? t("paymentRequested") : t("paymentSent")}
      lines={[amount(c.value ?? info.value, c.currencyCode ?? info.currencyCode), [str(info.status), str(info.transactionStatus)].filter(Boolean).join(" · ") || null]}
    />
  );
}

export function PixCard({ c }: { c: Rec }) {
  const t = useTranslations("chats.bubble");
  return (
    <Card icon={<IconMoney className="size-5" />} title={t("pix", { name: str(c.merchantName) ?? "—" })} lines={[`${str(c.keyType) ?? ""} ${str(c.key) ?? ""}`.trim() || null, str(c.referenceId)]} />
  );
}
