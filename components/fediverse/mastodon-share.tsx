import type { Dictionary } from "@/lib/i18n";
import { mastodonShareUrl, wellKnownInstances } from "@/lib/fediverse/share";
import type { Locale } from "@/lib/site";
import { paths } from "@/lib/routes/paths";

type Props = { locale: Locale; text: string; labels: Dictionary["fediverse"]; button: string };

/**
 * Sharing on Mastodon, where every reader has their own instance, without JavaScript and with
 * no request to another host before the reader chooses: plain links to a few large instances'
 * share pages, and a form that GETs our own /<lang>/share/mastodon with the instance the reader
 * types (the Node server redirects from there; a static host's page offers the link).
 */
export function MastodonShare({ locale, text, labels, button }: Props) {
  return (
    <details className="mt-4" data-mastodon-share>
      <summary className={`${button} cursor-pointer`}>{labels.onMastodon}</summary>
      <div className="mt-3 rounded-md border border-line p-4">
        <p id="mastodon-instances">{labels.pickInstance}</p>
        <ul aria-labelledby="mastodon-instances" className="mt-2 flex flex-wrap gap-2">
          {wellKnownInstances.map((instance) => (
            <li key={instance}>
              <a
                href={mastodonShareUrl(instance, text)}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={labels.on(instance)}
                className={button}
              >
                {instance}
              </a>
            </li>
          ))}
        </ul>
        <form method="get" action={paths.mastodonShare(locale)} className="mt-4">
          <input type="hidden" name="text" value={text} />
          <label htmlFor="mastodon-instance" className="block">
            {labels.otherInstance}
          </label>
          <span id="mastodon-instance-hint" className="block text-sm text-muted">
            {labels.instanceHint}
          </span>
          <div className="mt-2 flex flex-wrap gap-2">
            <input
              id="mastodon-instance"
              name="instance"
              type="text"
              inputMode="url"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              aria-describedby="mastodon-instance-hint"
              className="min-h-11 rounded-md border border-muted bg-paper px-3"
            />
            <button type="submit" className={button}>
              {labels.submit}
            </button>
          </div>
        </form>
      </div>
    </details>
  );
}
