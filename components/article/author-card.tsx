import type { Author } from "@/lib/content";
import { fediverseProfileLinks } from "@/lib/fediverse/handles";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word[0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();
}

/** An author's name, initials, optional role and bio, and links. */
export function AuthorCard({ author }: { author: Author }) {
  const links = [...author.links, ...fediverseProfileLinks(author)];
  return (
    <div className="flex items-start gap-5">
      <span
        aria-hidden="true"
        className="flex size-16 shrink-0 items-center justify-center rounded-full bg-accent font-sans text-xl font-semibold text-paper"
      >
        {initials(author.name)}
      </span>
      <div>
        <h1 className="text-4xl font-bold tracking-tight md:text-5xl">{author.name}</h1>
        {author.role ? <p className="mt-1 font-sans text-muted">{author.role}</p> : null}
        {author.bio ? <p className="mt-3 text-lg">{author.bio}</p> : null}
        {links.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-4 font-sans">
            {links.map((link) => (
              <li key={link.url}>
                <a
                  href={link.url}
                  rel="noopener noreferrer me"
                  className="underline decoration-accent underline-offset-4"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
