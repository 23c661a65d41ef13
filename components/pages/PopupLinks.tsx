import type { CoverageView } from '../../utils/views';
import { PAGE_LINKS, pageHref, storyHref } from './links';

/** The popup's way into the full-tab pages: each opens in a new tab. */
export function PageLinks() {
  return (
    <nav class="page-links" aria-label="Parallax pages">
      {PAGE_LINKS.map((p) => (
        <a key={p.key} href={pageHref(p.file)} target="_blank" rel="noreferrer">
          {p.label}
        </a>
      ))}
    </nav>
  );
}

/** The story's headline as a link to its full page, with the reader's article marked there. */
export function StoryHeadline({ coverage }: { coverage: CoverageView }) {
  const href = storyHref(coverage.storyId, coverage.articles.find((a) => a.current)?.url);
  return (
    <>
      <p class="story-title" dir="auto">
        <a href={href} target="_blank" rel="noreferrer">
          {coverage.storyTitle}
        </a>
      </p>
      <p class="fine">
        <a href={href} target="_blank" rel="noreferrer">
          Open full coverage
        </a>
      </p>
    </>
  );
}
