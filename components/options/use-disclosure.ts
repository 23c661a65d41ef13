import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * Open/closed state of something revealed by a button (an editor, a confirmation). When it
 * closes, focus goes back to that button, so a keyboard user is not dropped at the page top.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!open && wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return { open, setOpen, opener };
}

/** Focuses the element once, when it first appears. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
