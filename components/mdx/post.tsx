import type { ReactNode } from "react";
import { providerName } from "@/lib/body/embeds";
import type { Dictionary } from "@/lib/i18n";
import { EmbedCard } from "./embed-card";

type PostProps = {
  url: string;
  provider: string;
  title?: string;
  /** The post's text, where the source quoted it. */
  children?: ReactNode;
  labels: Dictionary["embed"];
};

/** `<Post url="…" provider="x">quoted text</Post>`: a link to a post, with its words if given. */
export function Post({ url, provider, title, children, labels }: PostProps) {
  return (
    <EmbedCard
      kind="post"
      href={url}
      kicker={labels.post(providerName(provider))}
      title={title || labels.untitledPost}
      quote={children}
    />
  );
}
