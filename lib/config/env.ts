import { z } from "zod";

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
