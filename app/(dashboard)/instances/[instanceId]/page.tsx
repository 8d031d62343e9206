import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPolicy } from "@/lib/alerts/get-policy";
import { requireUser } from "@/lib/auth/require-user";
import { getHeadSeq } from "@/lib/changes/get-head-seq";
import { getDb } from "@/lib/db/get-db";
import { instanceToDto } from "@/lib/dto/instance-to-dto";
import { countEvents } from "@/lib/fleet/count-events";
import { getFleetOverview } from "@/lib/fleet/get-fleet-overview";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { ZInstanceId } from "@/lib/instances/schemas";
import { getZapiCredentialStatus } from "@/lib/instances/zapi-credential-status";
import { InstanceLive } from "./instance-live";

const HISTORY_LIMIT = 50;
const DAY_MS = 86_400_000;

export async function generateMetadata(): Promise<Metadata> {
  // Not the instance's name: metadata runs apart from the page, and every read sits behind requireUser.
  const t = await getTranslations("instancePage");
  return { title: t("title") };
}

/** A malformed escape in the URL is an unknown instance (a 404), not a crash. */
function decoded(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

export default async function InstancePage({ params }: { params: Promise<{ instanceId: string }> }) {
  const user = await requireUser(); // before any read: see lib/auth/require-user.ts
  const id = ZInstanceId.safeParse(decoded((await params).instanceId));
  if (!id.success) notFound();
  const db = getDb();
  const headSeq = await getHeadSeq(db); // before the reads, like the dashboard (see its page.tsx)
  const row = await db.instance.findUnique({ where: { id: id.data } });
  if (!row) notFound();
  const isAdmin = user.role === "admin";
  const now = new Date();
  const [fleet, incidents, day, policy, globalPolicy, credentials] = await Promise.all([
    getFleetOverview(db, now),
    listIncidents(db, { instanceId: row.id, limit: HISTORY_LIMIT }),
    countEvents(db, { since: new Date(now.getTime() - DAY_MS), bucketMs: 3_600_000, instanceId: row.id }),
    isAdmin ? getPolicy(db, row.id) : null,
    isAdmin ? getPolicy(db, "global") : null,
    // Only whether they are configured: the tokens never leave the server (lib/instances/zapi-credential-status.ts).
    isAdmin ? getZapiCredentialStatus(db, row.id) : null,
  ]);

  return (
    <InstanceLive
      snapshot={{ headSeq, instances: [instanceToDto(row)] }}
      instanceId={row.id}
      fleet={fleet}
      incidents={incidents.items}
      moreIncidents={incidents.nextCursor !== null}
      dayRate={day[row.id] ?? []}
      admin={policy && globalPolicy && credentials ? { policy, globalPolicy, credentials } : null}
    />
  );
}
