"use client";

import { useSyncExternalStore } from "react";
import { mastodonShareTarget, parseInstance } from "@/lib/fediverse/share";

type Props = { labels: { confirm: string; invalid: string } };

const noChanges = () => () => {};

/**
 * On a static host, the share form's page cannot read its query without JavaScript: this
 * reads it in the browser and offers the instance's share page, which the reader opens (the
 * Node server answers the same query with a redirect before this page is ever sent).
 */
export function MastodonShareLink({ labels }: Props) {
  const search = useSyncExternalStore(
    noChanges,
    () => window.location.search,
    () => undefined,
  );
  if (search === undefined) return null;
  const query = new URLSearchParams(search);
  const target = mastodonShareTarget(query);
  const instance = parseInstance(query.get("instance") ?? "");
  if (!target || !instance) return <p role="alert">{labels.invalid}</p>;
  return (
    <p>
      <a
        href={target}
        rel="noopener noreferrer"
        className="inline-flex min-h-11 items-center rounded-md border border-line px-4 font-semibold hover:border-muted"
      >
        {labels.confirm.replace("{instance}", instance)}
      </a>
    </p>
  );
}
