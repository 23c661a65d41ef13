import type { AccessStatus } from '../utils/access';
import { formatCount, t, tn } from '../utils/i18n/translate';

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
      <section class="access-notice" aria-label={t('access_label')}>
        <p>{t('access_notChosen')}</p>
        <button type="button" class="primary" onClick={onChoose}>
          {t('access_choose')}
        </button>
      </section>
    );
  }
  const all = access.missing === access.sources;
  return (
    <section class="access-notice" aria-label={t('access_label')}>
      <p>{all ? tn('access_missingAll', access.sources) : tn('access_missingSome', access.sources, formatCount(access.missing))}</p>
      <button type="button" class="primary" onClick={() => onGrant(access.origins)}>
        {all ? t('access_allowThem') : tn('access_allowSome', access.missing)}
      </button>
    </section>
  );
}
