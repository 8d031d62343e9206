"use client";

import { IconArrowLeft } from "@/components/icons/icons";
import { Button } from "@/components/ui/button";

/** The browser's back, for the way the user came. */
export function GoBackButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.history.back()}>
      <IconArrowLeft className="size-4" />
      {label}
    </Button>
  );
}
