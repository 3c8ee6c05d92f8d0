import { useId } from 'react';

/** A button that opens a JSON file and hands its text over (bank imports, backup restores). */
export function FileButton({ label, onText, className = 'btn' }: { label: string; onText: (text: string) => unknown; className?: string }) {
  const id = useId();
  return (
    <>
      <label className={className} htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // choosing the same file again still counts
          if (file) await onText(await file.text());
        }}
      />
    </>
  );
}
