import { cn } from "@/components/ui/cn";
import { focusRing } from "@/components/ui/focus-ring";

/** On a phone each dashboard feed shows its newest few rows and a "see all": 50 of each made a 9,229 px page. */
export const PHONE_ROWS = 5;

/** Hides the rows after PHONE_ROWS below the md breakpoint, in CSS, so the server's HTML is already right. */
export const phoneFew = "max-md:[&>li:nth-child(n+6)]:hidden";

export const moreLink = cn("rounded text-sm font-medium text-brand-700 hover:underline dark:text-brand-300", focusRing);
