import type { ComponentChildren } from 'preact';
import type { BiasOrUnrated, DataSource, FactualityOrUnrated, Outlet } from '../../utils/model';
import { BIAS_LABELS, FACTUALITY_LABELS } from '../../utils/i18n/labels';
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
  kind: 'Bias' | 'Factuality';
  value: K;
  original: K;
  yours: boolean;
  labels: Record<K, string>;
}) {
  const { kind, value, original, yours, labels } = props;
  return (
    <span class="rating">
      <span class={`pill ${kind === 'Bias' ? 'bias' : 'fact'}-${value}`}>
        <span class="visually-hidden">{kind}: </span>
        {labels[value]}
      </span>
      {yours && (
        <span class="yours">
          your rating <span class="original">(original: {labels[original]})</span>
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
          {outlet.name}
          <span class="fine">
            {' '}
            {outlet.domains[0]} · {outlet.country} · {outlet.language}
          </span>
          {outlet.custom && <span class="tag">your source</span>}
          {outlet.ownership?.kind === 'state-funded' && <span class="tag state-funded">State-funded</span>}
        </label>
        <RatingCell kind="Bias" value={override?.bias ?? bias} original={bias} yours={!!override?.bias} labels={BIAS_LABELS} />
        <RatingCell
          kind="Factuality"
          value={override?.factuality ?? factuality}
          original={factuality}
          yours={!!override?.factuality}
          labels={FACTUALITY_LABELS}
        />
        <span class="row-actions">
          {override && (
            <button
              type="button"
              class="link"
              onClick={() => {
                onOverride(outlet.id, undefined);
                opener.current?.focus(); // the Reset button goes away with the override
              }}
              aria-label={`Reset your rating of ${outlet.name}`}
            >
              Reset
            </button>
          )}
          <button
            type="button"
            class="link"
            ref={opener}
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            aria-label={`Edit ${outlet.custom ? '' : 'ratings of '}${outlet.name}`}
          >
            Edit
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
