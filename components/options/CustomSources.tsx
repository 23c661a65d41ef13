import { useState } from 'preact/hooks';
import type { Outlet } from '../../utils/model';
import { safeHref } from '../../utils/safe-url';
import { ConfirmButton } from './ConfirmButton';
import { CustomSourceForm, type CustomSourceFormProps } from './CustomSourceForm';
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
          {outlet.name} <span class="fine">{outlet.domains.join(', ')}</span>
          <br />
          <a class="fine" href={safeHref(outlet.feeds[0])}>
            {outlet.feeds[0]}
          </a>
        </span>
        <button type="button" ref={opener} aria-expanded={open} onClick={() => setOpen(!open)} aria-label={`Edit ${outlet.name}`}>
          Edit
        </button>
        <ConfirmButton
          label="Remove…"
          ariaLabel={`Remove ${outlet.name}`}
          question={`Remove ${outlet.name}?`}
          confirm="Remove"
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
    setDone(items === undefined ? `Saved ${outlet.name}.` : `Added ${outlet.name}: its feed lists ${items} ${items === 1 ? 'item' : 'items'} now.`);
    adding.setOpen(false);
  };
  return (
    <section aria-labelledby="custom-heading">
      <h2 id="custom-heading">Your own sources</h2>
      <p class="fine">
        Add any site with a news feed. Parallax asks your browser for access to that site only, checks the feed, and then reads it with your other sources. Its
        rating is yours.
      </p>
      {custom.length > 0 && (
        <ul class="sources">
          {custom.map((o) => (
            <CustomRow key={o.id} outlet={o} form={form} onSave={(x) => save(x)} onRemove={onRemove} />
          ))}
        </ul>
      )}
      <p role="status" class="fine">
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
          Add a source by its feed…
        </button>
      )}
    </section>
  );
}
