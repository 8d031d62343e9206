import { Fragment, type ReactNode } from "react";
import { parseWhatsappText, type TextToken } from "@/lib/chats/parse-whatsapp-text";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";

function render(tokens: TextToken[], key = ""): ReactNode[] {
  return tokens.map((token, i) => {
    const k = `${key}${i}`;
    switch (token.t) {
      case "text":
        return <Fragment key={k}>{token.v}</Fragment>;
      case "link":
        return (
          <a key={k} href={token.href} target="_blank" rel="noopener noreferrer nofollow" className={cn(focusRing, "break-all text-sky-700 underline underline-offset-2 dark:text-sky-400")}>
            {token.v}
          </a>
        );
      case "code":
        return (
          <code key={k} className="rounded bg-black/5 px-1 font-mono text-[0.92em] dark:bg-white/10">
            {token.v}
          </code>
        );
      case "b":
        return <strong key={k}>{render(token.c, `${k}.`)}</strong>;
      case "i":
        return <em key={k}>{render(token.c, `${k}.`)}</em>;
      case "s":
        return <del key={k}>{render(token.c, `${k}.`)}</del>;
    }
  });
}

/** Message text with WhatsApp's formatting and safe links (lib/chats/parse-whatsapp-text.ts): never HTML. */
export function WhatsappText({ text, className }: { text: string; className?: string }) {
  return (
    <p data-testid="bubble-text" className={className ?? "break-words whitespace-pre-wrap"}>
      {render(parseWhatsappText(text))}
    </p>
  );
}
