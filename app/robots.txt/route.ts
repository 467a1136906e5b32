import { robotsTxt } from "@/lib/assistants/robots-txt";

// A route rather than Next's robots metadata file, which has no place for a Content-Signal line.
export const dynamic = "force-static";

export function GET() {
  return new Response(robotsTxt(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
