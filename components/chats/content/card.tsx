import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";

/** The boxed part of a rich bubble (a document, a contact, an order…): icon, title, lines, then actions. */
export function Card({ icon, title, lines = [], children, className }: { icon?: ReactNode; title: ReactNode; lines?: ReactNode[]; children?: ReactNode; className?: string }) {
  return (
    <div data-testid="bubble-card" className={cn("min-w-52 rounded-md bg-black/5 p-2.5 dark:bg-white/5", className)}>
      <div className="flex items-start gap-2.5">
        {icon ? <span className="mt-0.5 shrink-0 text-zinc-500 dark:text-zinc-400">{icon}</span> : null}
        <div className="min-w-0 flex-1">
          <div className="font-medium break-words">{title}</div>
          {lines.filter(Boolean).map((line, i) => (
            <div key={i} className="text-xs break-words text-zinc-600 dark:text-zinc-400">
              {line}
            </div>
          ))}
        </div>
      </div>
      {children ? <div className="mt-2 flex flex-col gap-1">{children}</div> : null}
    </div>
  );
}

/** A button of a buttons/template/carousel message, shown as WhatsApp does (not clickable: Vigia only observes). */
export function FakeButton({ children }: { children: ReactNode }) {
  return <div className="rounded-md border border-black/10 py-1.5 text-center text-sm font-medium text-sky-700 dark:border-white/10 dark:text-sky-400">{children}</div>;
}

/** An outside link (a map, a file, a join link): always a new tab, never the opener's window. */
export function OutLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className={cn(focusRing, "text-sm font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-400")}>
      {children}
    </a>
  );
}
