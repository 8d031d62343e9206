import { z } from "zod";

/** Isomorphic: the login and first-run forms validate with these too. */
export const ZLoginInput = z.object({ email: z.string().trim().toLowerCase().pipe(z.email()), password: z.string().min(1).max(200) });
export type TLoginInput = z.infer<typeof ZLoginInput>;

export const ZSetupInput = z.object({
  name: z.string().trim().max(100).optional(),
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(10).max(200),
  /** Needed only when the request does not come from the machine itself (lib/auth/setup-code.ts). */
  setupCode: z.string().trim().max(64).optional(),
});
export type TSetupInput = z.infer<typeof ZSetupInput>;

export const ZCreateTokenInput = z.object({ name: z.string().trim().min(1).max(80) });
