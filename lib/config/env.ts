import { z } from "zod";
import { parseTrustedProxies } from "@/lib/auth/trusted-proxies";

// Every setting Vigia reads, validated once at start. All optional: a fresh machine needs none of them.
export const ZEnv = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOSTNAME: z.string().min(1).default("0.0.0.0"),
    VIGIA_DATA_DIR: z.string().min(1).default("./.vigia"),
    /** How long a webhook waits for the raw log's commit before it is fsynced to the spool instead. */
    VIGIA_SPOOL_AFTER_MS: z.coerce
      .number()
      .int("must be a whole number of milliseconds")
      .min(50, "must be at least 50 (milliseconds)")
      .max(20_000, "must be at most 20000 (milliseconds): Z-API gives up on a slow answer")
      .default(2000),
    /** How often stuck messages are looked for (lib/messages/mark-stuck-messages.ts). */
    VIGIA_STUCK_CHECK_MS: z.coerce.number().int().min(200, "must be at least 200 (milliseconds)").max(3_600_000).default(30_000),
    VIGIA_PUBLIC_URL: z.url().optional(),
    VIGIA_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,128}$/, "must be 16 to 128 characters of A-Z a-z 0-9 _ -")
      .optional(),
    VIGIA_ADMIN_EMAIL: z.email().optional(),
    VIGIA_ADMIN_PASSWORD: z.string().min(10, "must have at least 10 characters").optional(),
    VIGIA_API_TOKEN: z.string().min(20, "must have at least 20 characters").optional(),
    /** Server processes on this machine behind one port (node:cluster, server.ts); they share the database. */
    VIGIA_PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
    // Read again where it is used (lib/auth/trusted-proxies.ts); validated here so a typo stops the start.
    VIGIA_TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((v, ctx) => {
        const parsed = parseTrustedProxies(v);
        if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.error });
      }),
  })
  .refine((e) => !!e.VIGIA_ADMIN_EMAIL === !!e.VIGIA_ADMIN_PASSWORD, {
    message: "set both VIGIA_ADMIN_EMAIL and VIGIA_ADMIN_PASSWORD, or neither",
    path: ["VIGIA_ADMIN_PASSWORD"],
  });
export type TEnv = z.infer<typeof ZEnv>;

/** Parses the environment; on a bad value returns readable lines instead of throwing a stack trace. */
export function readEnv(source: Record<string, string | undefined> = process.env): { ok: true; env: TEnv } | { ok: false; errors: string[] } {
  const blankless = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = ZEnv.safeParse(blankless);
  if (parsed.success) return { ok: true, env: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`) };
}
