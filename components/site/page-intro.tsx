import type { ReactNode } from "react";

/** The title block of a listing page. */
export function PageIntro({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <header className="mb-12 max-w-2xl">
      <h1 className="text-4xl font-bold tracking-tight md:text-5xl">{title}</h1>
      {children ? <div className="mt-4 text-xl text-muted">{children}</div> : null}
    </header>
  );
}
