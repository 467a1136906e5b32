"use client";

import { useEffect } from "react";
import { hydratedEvent } from "@/lib/enhanced-controls";

/**
 * Tells the early taps script (lib/early-taps.ts) that the page has hydrated, so that it replays
 * the clicks it held. Rendered last in <body>: its effect runs after those of the
 * components before it, which attach the listeners the held clicks need.
 */
export function HydrationSignal() {
  useEffect(() => {
    document.dispatchEvent(new Event(hydratedEvent));
  }, []);
  return null;
}
