import { useState } from 'preact/hooks';
import type { Outlet } from '../../utils/model';
import { t, tn } from '../../utils/i18n/translate';
import { safeHref } from '../../utils/safe-url';
import { ConfirmButton } from './ConfirmButton';
import { CustomSourceForm, type CustomSourceFormProps } from './CustomSourceForm';
import { isolate } from './display-names';
import { useDisclosure } from './use-disclosure';

/** What every custom-source form needs from the page. */
export type CustomFormContext = Pick<CustomSourceFormProps, 'taken' | 'countries' | 'languages' | 'languageFor' | 'verify' | 'today'>;

export interface CustomSourcesProps {
  custom: Outlet[];
  form: CustomFormContext;
  /** Adds a source, or replaces the one with the same id. */
  onSave: (outlet: Outlet) => Promise<void>;
  onRemove: (id: string) => Promise<void>;
}

function CustomRow({ outlet, form, onSave, onRemove }: { outlet: Outlet } & Omit<CustomSourcesProps, 'custom'>) {
  const { open, setOpen, opener } = useDisclosure();
  return (
    <li class="custom-source">
      <div class="source-line">
        <span class="source-name">
          <bdi>{outlet.name}</bdi> <span class="fine">{outlet.domains.join(', ')}</span>
          <br />
          <a class="fine" href={safeHref(outlet.feeds[0])}>
            {outlet.feeds[0]}
          </a>
        </span>
        <button type="button" ref={opener} aria-expanded={open} onClick={() => setOpen(!open)} aria-label={t('options_editSource', outlet.name)}>
          {t('options_edit')}
        </button>
        <ConfirmButton
          label={t('options_removeOpen')}
          ariaLabel={t('options_removeSource', outlet.name)}
          question={t('options_removeQuestion', isolate(outlet.name))}
          confirm={t('options_remove')}
          onConfirm={() => onRemove(outlet.id)}
        />
      </div>
      {open && (
        <CustomSourceForm
          {...form}
          existing={outlet}
          onSave={async (o) => {
            await onSave(o);
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </li>
  );
}

/** The reader's own sources: add one by its feed, edit or remove the ones added. */
export function CustomSources({ custom, form, onSave, onRemove }: CustomSourcesProps) {
  const adding = useDisclosure();
  const [done, setDone] = useState('');
  const save = async (outlet: Outlet, items?: number) => {
    await onSave(outlet);
    setDone(items === undefined ? t('options_savedSource', isolate(outlet.name)) : tn('options_addedSource', items, isolate(outlet.name)));
    adding.setOpen(false);
  };
  return (
    <section aria-labelledby="custom-heading">
      <h2 id="custom-heading">{t('options_customHeading')}</h2>
      <p class="fine">{t('options_customIntro')}</p>
      {custom.length > 0 && (
        <ul class="sources">
          {custom.map((o) => (
            <CustomRow key={o.id} outlet={o} form={form} onSave={(x) => save(x)} onRemove={onRemove} />
          ))}
        </ul>
      )}
      <p role="status" class="fine" dir="auto">
        {done}
      </p>
      {adding.open ? (
        <CustomSourceForm {...form} onSave={(o, check) => save(o, check?.ok ? check.items : undefined)} onClose={() => adding.setOpen(false)} />
      ) : (
        <button
          type="button"
          ref={adding.opener}
          onClick={() => {
            setDone('');
            adding.setOpen(true);
          }}
        >
          {t('options_addByFeed')}
        </button>
      )}
    </section>
  );
}
