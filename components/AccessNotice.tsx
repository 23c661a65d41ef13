import type { AccessStatus } from '../utils/access';
import { tn } from '../utils/i18n/translate';

export interface AccessNoticeProps {
  access: AccessStatus | undefined;
  /** Asks the browser for these host patterns; called straight from the click. */
  onGrant: (origins: string[]) => void;
  /** Opens the first-run page, where the reader chooses their sources. */
  onChoose: () => void;
}

/**
 * What the reader's host grants leave out, and the button that asks for it. Before the reader
 * chose sources, it points to the first-run page instead.
 */
export function AccessNotice({ access, onGrant, onChoose }: AccessNoticeProps) {
  if (!access || access.missing === 0) return null;
  if (!access.chosen) {
    return (
      <section class="access-notice" aria-label="Access">
        <p>Parallax reads no feeds until you choose your sources.</p>
        <button type="button" class="primary" onClick={onChoose}>
          Choose your sources
        </button>
      </section>
    );
  }
  const all = access.missing === access.sources;
  return (
    <section class="access-notice" aria-label="Access">
      <p>
        {all
          ? `Parallax may not read the feeds and sites of your ${tn('common_sources', access.sources)}`
          : `Parallax may not read the feeds and sites of ${access.missing} of your ${tn('common_sources', access.sources)}`}
        , so their coverage is missing. Clicking the Parallax icon on an article still reads that page.
      </p>
      <button type="button" class="primary" onClick={() => onGrant(access.origins)}>
        Allow access to {all ? 'them' : tn('common_sources', access.missing)}
      </button>
    </section>
  );
}
