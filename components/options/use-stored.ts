import { useEffect, useState } from 'preact/hooks';

/** The part of a WXT storage item the pages use. */
export interface StoredItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(cb: (value: T) => void): () => void;
}

/**
 * A storage item's value, kept current when any page (or the worker) changes it. Undefined
 * until the first read, so a page never shows the fallback as if it were the reader's choice.
 */
export function useStored<T>(item: StoredItem<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
