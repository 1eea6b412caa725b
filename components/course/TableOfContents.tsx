import type { Heading } from '@/lib/content/mdxPlugins';

function Entries({ headings }: { headings: Heading[] }) {
  return (
    <ol>
      {headings.map((h) => (
        <li key={h.id} className={h.depth === 3 ? 'toc-sub' : undefined}>
          <a href={`#${h.id}`}>{h.text}</a>
        </li>
      ))}
    </ol>
  );
}

/** "On this page" as a column beside the text (wide screens only, by CSS). */
export function TableOfContents({ headings }: { headings: Heading[] }) {
  if (headings.length === 0) return null;
  return (
    <nav className="toc toc-wide" aria-label="On this page">
      <p className="toc-heading">On this page</p>
      <Entries headings={headings} />
    </nav>
  );
}

/** The same list as a closed disclosure above the text, where there is no room for a column. */
export function TableOfContentsFold({ headings }: { headings: Heading[] }) {
  if (headings.length === 0) return null;
  return (
    <nav className="toc-narrow" aria-label="On this page">
      <details>
        <summary>On this page</summary>
        <Entries headings={headings} />
      </details>
    </nav>
  );
}
