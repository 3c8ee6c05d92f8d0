import { useId } from 'react';

/**
 * A button that opens a JSON file and hands it over: `onFile` gets the file
 * itself (to read its bytes strictly, as UTF-8), `onText` its text.
 */
export function FileButton({
  label,
  onText,
  onFile,
  className = 'btn',
  disabled = false,
}: {
  label: string;
  onText?: (text: string) => unknown;
  onFile?: (file: File) => unknown;
  className?: string;
  disabled?: boolean;
}) {
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
        disabled={disabled}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // choosing the same file again still counts
          if (!file) return;
          if (onFile) await onFile(file);
          else await onText?.(await file.text());
        }}
      />
    </>
  );
}
