import type { ComponentChildren } from 'preact';
import type { BiasOrUnrated, DataSource, FactualityOrUnrated, Outlet } from '../../utils/model';
import { BIAS_LABELS, FACTUALITY_LABELS, OWNERSHIP_LABELS } from '../../utils/i18n/labels';
import { t } from '../../utils/i18n/translate';
import type { RatingOverride } from '../../utils/settings';
import { FeedEvidence } from './FeedEvidence';
import { RatingEditor } from './RatingEditor';
import { useDisclosure } from './use-disclosure';

export interface SourceRowProps {
  outlet: Outlet;
  enabled: boolean;
  override?: RatingOverride;
  onToggle: (ids: string[], enabled: boolean) => void;
  onOverride: (id: string, override: RatingOverride | undefined) => void;
  /** The editor of a source the reader added (its rating is theirs already). */
  customEditor?: (outlet: Outlet, close: () => void) => ComponentChildren;
  /** The public feed lists a catalog feed's evidence names. */
  feedLists?: readonly DataSource[];
}

function RatingCell<K extends BiasOrUnrated | FactualityOrUnrated>(props: {
  kind: 'bias' | 'fact';
  value: K;
  original: K;
  yours: boolean;
  labels: Record<K, string>;
}) {
  const { kind, value, original, yours, labels } = props;
  return (
    <span class="rating">
      <span class={`pill ${kind}-${value}`}>
        <span class="visually-hidden">{kind === 'bias' ? t('options_biasIs') : t('options_factualityIs')} </span>
        {labels[value]}
      </span>
      {yours && (
        <span class="yours">
          {t('options_yourRating')} <span class="original">{t('options_originalWas', labels[original])}</span>
        </span>
      )}
    </span>
  );
}

/** One outlet: its switch, its ratings (the reader's beside the original), and its editor. */
export function SourceRow({ outlet, enabled, override, onToggle, onOverride, customEditor, feedLists = [] }: SourceRowProps) {
  const { open, setOpen, opener } = useDisclosure();
  const bias = outlet.bias?.value ?? 'unrated';
  const factuality = outlet.factuality?.value ?? 'unrated';
  const id = `src-${outlet.id}`;
  const close = () => setOpen(false);
  return (
    <li class={enabled ? 'source' : 'source off'}>
      <div class="source-line">
        <input id={id} type="checkbox" role="switch" checked={enabled} onChange={(e) => onToggle([outlet.id], e.currentTarget.checked)} />
        <label for={id} class="source-name">
          <bdi>{outlet.name}</bdi>
          <span class="fine">
            {' '}
            {outlet.domains[0]} · {outlet.country} · {outlet.language}
          </span>
          {outlet.custom && <span class="tag">{t('options_yourSource')}</span>}
          {outlet.ownership?.kind === 'state-funded' && <span class="tag state-funded">{OWNERSHIP_LABELS['state-funded']}</span>}
        </label>
        <RatingCell kind="bias" value={override?.bias ?? bias} original={bias} yours={!!override?.bias} labels={BIAS_LABELS} />
        <RatingCell kind="fact" value={override?.factuality ?? factuality} original={factuality} yours={!!override?.factuality} labels={FACTUALITY_LABELS} />
        <span class="row-actions">
          {override && (
            <button
              type="button"
              class="link"
              onClick={() => {
                onOverride(outlet.id, undefined);
                opener.current?.focus(); // the Reset button goes away with the override
              }}
              aria-label={t('options_resetRatingOf', outlet.name)}
            >
              {t('options_reset')}
            </button>
          )}
          <button
            type="button"
            class="link"
            ref={opener}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            aria-label={outlet.custom ? t('options_editSource', outlet.name) : t('options_editRatingsOf', outlet.name)}
          >
            {t('options_edit')}
          </button>
        </span>
      </div>
      {open &&
        (outlet.custom && customEditor ? (
          customEditor(outlet, close)
        ) : (
          <>
            <RatingEditor outlet={outlet} override={override} onSave={(o) => onOverride(outlet.id, o)} onClose={close} />
            <FeedEvidence outlet={outlet} lists={feedLists} />
          </>
        ))}
    </li>
  );
}
