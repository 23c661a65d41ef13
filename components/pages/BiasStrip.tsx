import type { BiasOrUnrated } from '../../utils/model';
import { BIAS_LABELS } from '../../utils/i18n/labels';
import type { KeyedShare } from '../../utils/views';

/** A story's bias mix in one thin bar; the words beside it are the screen reader's version. */
export function BiasStrip({ shares }: { shares: KeyedShare<BiasOrUnrated>[] }) {
  const shown = shares.filter((s) => s.count > 0);
  return (
    <span class="bias-strip-wrap">
      <span class="bias-strip" aria-hidden="true">
        {shown.map((s) => (
          <span key={s.key} class={`seg bias-${s.key}`} style={{ flexGrow: s.count }} />
        ))}
      </span>
      <span class="visually-hidden">Bias: {shown.map((s) => `${BIAS_LABELS[s.key]} ${s.count}`).join(', ')}.</span>
    </span>
  );
}
