import { useState } from 'preact/hooks';
import { BIASES, FACTUALITIES, type Bias, type Factuality, type Outlet } from '../../utils/model';
import { BIAS_LABELS, FACTUALITY_LABELS } from '../../utils/i18n/labels';
import { t } from '../../utils/i18n/translate';
import type { RatingOverride } from '../../utils/settings';
import { LabeledSelect } from './LabeledSelect';
import { useFocusOnMount } from './use-disclosure';

export interface RatingEditorProps {
  outlet: Outlet;
  override?: RatingOverride;
  /** Undefined: back to the catalog's ratings. */
  onSave: (override: RatingOverride | undefined) => void;
  onClose: () => void;
}

/** The reader's own bias and factuality for one outlet; "original" keeps the catalog's. */
export function RatingEditor({ outlet, override, onSave, onClose }: RatingEditorProps) {
  const [bias, setBias] = useState<Bias | ''>(override?.bias ?? '');
  const [factuality, setFactuality] = useState<Factuality | ''>(override?.factuality ?? '');
  const first = useFocusOnMount<HTMLSelectElement>();
  const originalBias = BIAS_LABELS[outlet.bias?.value ?? 'unrated'];
  const originalFactuality = FACTUALITY_LABELS[outlet.factuality?.value ?? 'unrated'];
  const save = (e: Event) => {
    e.preventDefault();
    const next: RatingOverride = { ...(bias ? { bias } : {}), ...(factuality ? { factuality } : {}) };
    onSave(next.bias || next.factuality ? next : undefined);
    onClose();
  };
  return (
    <form class="editor" aria-label={t('options_ratingsOf', outlet.name)} onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <LabeledSelect
        label={t('options_yourBias')}
        selectRef={first}
        value={bias}
        onChange={(v) => setBias(v as Bias | '')}
        options={[['', t('options_originalRating', originalBias)], ...BIASES.map((b) => [b, BIAS_LABELS[b]] as const)]}
      />
      <LabeledSelect
        label={t('options_yourFactuality')}
        value={factuality}
        onChange={(v) => setFactuality(v as Factuality | '')}
        options={[['', t('options_originalRating', originalFactuality)], ...FACTUALITIES.map((f) => [f, FACTUALITY_LABELS[f]] as const)]}
      />
      <button type="submit" class="primary">
        {t('options_save')}
      </button>
      <button type="button" onClick={onClose}>
        {t('options_cancel')}
      </button>
    </form>
  );
}
