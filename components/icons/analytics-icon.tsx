import type { SVGProps } from "react";

/** Bars rising, for the analytics screen; drawn like components/icons/icons.tsx (24×24 stroke). */
export function IconAnalytics({ className = "size-4", ...props }: SVGProps<SVGSVGElement>) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" className={className} {...props}>
      <path d="M3 3v18h18M8 17v-5M13 17V8M18 17v-8" />
    </svg>
  );
}
