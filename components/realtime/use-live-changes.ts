"use client";

import { useContext, useEffect, useRef } from "react";
import type { TChangeDto } from "@/lib/schemas/dto";
import type { LiveStatus } from "./live-status";
import { LiveContext, type LiveContextValue } from "./socket-provider";

function useLiveContext(): LiveContextValue {
  const value = useContext(LiveContext);
  if (!value) throw new Error("useLiveChanges/useLiveStatus need a <SocketProvider> above them");
  return value;
}

/**
 * Calls `onChange` for every change committed after `baseSeq`, the seq the caller's server snapshot was
 * taken at. Changes already in the snapshot are never delivered; none is delivered twice.
 */
export function useLiveChanges(baseSeq: number, onChange: (change: TChangeDto) => void): void {
  const { subscribe } = useLiveContext();
  const handlerRef = useRef(onChange);
  useEffect(() => {
    handlerRef.current = onChange;
  });
  useEffect(() => subscribe(baseSeq, (change) => handlerRef.current(change)), [subscribe, baseSeq]);
}

export function useLiveStatus(): LiveStatus {
  return useLiveContext().status;
}
