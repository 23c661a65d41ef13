import { BIAS_LABELS, FACTUALITY_LABELS, type Outlet } from '../utils/model';
import type { RatingOverride } from '../utils/settings';

export interface SourceListProps {
  outlets: Outlet[];
  disabled: ReadonlySet<string>;
  overrides: Readonly<Record<string, RatingOverride>>;
  onToggle: (ids: string[], enabled: boolean) => void;
  onEdit?: (outlet: Outlet) => void;
}

function SourceRow({ outlet, enabled, override, onToggle, onEdit }: {
  outlet: Outlet; enabled: boolean; override?: RatingOverride; onToggle: SourceListProps['onToggle']; onEdit?: SourceListProps['onEdit'];
}) {
  const bias = override?.bias ?? outlet.bias?.value ?? 'unrated';
  const factuality = override?.factuality ?? outlet.factuality?.value ?? 'unrated';
  const id = `src-${outlet.id}`;
  return (
    <li class={enabled ? 'source' : 'source off'}>
      <input id={id} type="checkbox" role="switch" checked={enabled} onChange={(e) => onToggle([outlet.id], e.currentTarget.checked)} />
      <label for={id} class="source-name">
        {outlet.name}
        <span class="fine"> {outlet.domains[0]} · {outlet.country} · {outlet.language}{outlet.custom ? ' · your source' : ''}</span>
      </label>
      <span class={`pill bias-${bias}`} title="Bias">{BIAS_LABELS[bias]}{override?.bias ? ' (yours)' : ''}</span>
      <span class={`pill fact-${factuality}`} title="Factuality">{FACTUALITY_LABELS[factuality]}{override?.factuality ? ' (yours)' : ''}</span>
      {onEdit && (
        <button type="button" class="link" onClick={() => onEdit(outlet)} aria-label={`Edit ratings of ${outlet.name}`}>
          Edit
        </button>
      )}
    </li>
  );
}

/** The outlets of the current filter, each with its switch, and "all on/off" for the filter. */
export function SourceList({ outlets, disabled, overrides, onToggle, onEdit }: SourceListProps) {
  const ids = outlets.map((o) => o.id);
  const on = ids.filter((id) => !disabled.has(id)).length;
  return (
    <section aria-label="Sources">
      <div class="list-head">
        <span role="status">
          {outlets.length} sources shown, {on} on
        </span>
        <button type="button" onClick={() => onToggle(ids, true)} disabled={on === ids.length}>
          Turn all shown on
        </button>
        <button type="button" onClick={() => onToggle(ids, false)} disabled={on === 0}>
          Turn all shown off
        </button>
      </div>
      <ul class="sources">
        {outlets.map((o) => (
          <SourceRow key={o.id} outlet={o} enabled={!disabled.has(o.id)} override={overrides[o.id]} onToggle={onToggle} onEdit={onEdit} />
        ))}
      </ul>
    </section>
  );
}
