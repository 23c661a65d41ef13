import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n/translate';
import { useDisclosure, useFocusOnMount } from './use-disclosure';

export interface ConfirmButtonProps {
  /** The button's text, e.g. "Clear index…". */
  label: string;
  /** The question asked before acting, e.g. "Forget all 1,240 articles?". */
  question: ComponentChildren;
  /** The confirming button's text, e.g. "Clear index". */
  confirm: string;
  onConfirm: () => void | Promise<void>;
  ariaLabel?: string;
}

function Question({
  question,
  confirm,
  onConfirm,
  onCancel,
  label,
}: {
  question: ComponentChildren;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  label: string;
}) {
  const cancel = useFocusOnMount<HTMLButtonElement>();
  return (
    <span class="confirm" role="group" aria-label={label}>
      <span>{question}</span>{' '}
      <button type="button" class="danger" onClick={onConfirm}>
        {confirm}
      </button>{' '}
      <button type="button" ref={cancel} onClick={onCancel}>
        {t('options_cancel')}
      </button>
    </span>
  );
}

/**
 * A destructive action asked twice, in the page rather than in a dialog: no focus trap, and
 * focus lands on "Cancel" so a stray Enter keeps everything.
 */
export function ConfirmButton({ label, question, confirm, onConfirm, ariaLabel }: ConfirmButtonProps) {
  const { open, setOpen, opener } = useDisclosure();
  if (open) {
    const done = () => void Promise.resolve(onConfirm()).finally(() => setOpen(false));
    return <Question question={question} confirm={confirm} onConfirm={done} onCancel={() => setOpen(false)} label={ariaLabel ?? label} />;
  }
  return (
    <button type="button" ref={opener} aria-label={ariaLabel} onClick={() => setOpen(true)}>
      {label}
    </button>
  );
}
