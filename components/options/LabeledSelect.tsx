import type { Ref } from 'preact';

export interface LabeledSelectProps {
  label: string;
  value: string;
  /** [value, text] pairs, in display order. */
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
  selectRef?: Ref<HTMLSelectElement>;
}

/** A select inside its label, so it is named for screen readers and a click on the words focuses it. */
export function LabeledSelect({ label, value, options, onChange, selectRef }: LabeledSelectProps) {
  return (
    <label>
      {label}
      <select ref={selectRef} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
