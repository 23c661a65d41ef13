export type Note = { ok: boolean; text: string } | undefined;

/** What an action came to: a quiet status when it worked, an alert when it did not. */
export function Notes({ note }: { note: Note }) {
  return (
    <>
      <p role="status" class="fine">
        {note?.ok ? note.text : ''}
      </p>
      {note && !note.ok && (
        <p role="alert" class="error">
          {note.text}
        </p>
      )}
    </>
  );
}
