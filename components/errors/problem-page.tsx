import type { ReactNode } from "react";

/**
 * The body of Vigia's 404 and error pages: a code, a title, what happened and the ways on (links, a retry).
 * Inside the dashboard it sits under the navigation; at the root (app/not-found.tsx) it stands alone.
 */
export function ProblemPage({ code, title, description, children }: { code: string; title: string; description: string; children: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-lg flex-col items-start py-12 md:py-20" data-testid="problem-page">
      <p className="font-mono text-sm font-semibold text-brand-700 dark:text-brand-300">{code}</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-balance md:text-3xl">{title}</h1>
      <p className="mt-3 text-sm text-pretty text-zinc-600 dark:text-zinc-400">{description}</p>
      <div className="mt-6 flex flex-wrap items-center gap-3">{children}</div>
    </div>
  );
}
