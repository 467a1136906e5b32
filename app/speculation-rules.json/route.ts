import { speculationRules, speculationRulesContentType } from "@/lib/speculation-rules";

// Written once at build time, so that the static export carries it too.
export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify(speculationRules), {
    headers: { "Content-Type": speculationRulesContentType },
  });
}
