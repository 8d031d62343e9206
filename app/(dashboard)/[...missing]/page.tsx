import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/require-user";

/**
 * Any other path: the Vigia 404 with the navigation (app/(dashboard)/not-found.tsx) for a signed-in user,
 * the login page for anyone else (a stranger learns nothing about which paths exist).
 */
export default async function MissingPage() {
  await requireUser();
  notFound();
}
