import { providerName, videoUrl } from "@/lib/body/embeds";
import type { Dictionary } from "@/lib/i18n";
import { EmbedCard } from "./embed-card";

type VideoProps = { provider: string; id: string; title?: string; labels: Dictionary["embed"] };

/** `<Video provider="youtube" id="…" title="…" />`: a link to the video on its own site. */
export function Video({ provider, id, title, labels }: VideoProps) {
  return (
    <EmbedCard
      kind="video"
      href={videoUrl(provider, id)}
      kicker={labels.video(providerName(provider))}
      title={title || labels.untitledVideo}
    />
  );
}
