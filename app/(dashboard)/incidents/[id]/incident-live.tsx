"use client";

import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { useIncidentRows, useLiveSeed } from "@/components/realtime/use-live";

/**
 * Seeding the live store opens the live connection (the header's indicator would otherwise wait forever on
 * this page); when this incident changes (it ends, an alert goes out) the page is read again.
 */
export function IncidentLive({ headSeq, incidentId }: { headSeq: number; incidentId: string }) {
  const router = useRouter();
  useLiveSeed(useMemo(() => ({ headSeq }), [headSeq]));
  const seq = useIncidentRows().get(incidentId)?.seq ?? 0;
  const [seen] = useState(seq);
  useEffect(() => {
    if (seq > seen) router.refresh();
  }, [seq, seen, router]);
  return null;
}
