/** Saves text as a file the manager downloads (backups and bank exports). */
export function downloadText(name: string, text: string, type = 'application/json') {
  downloadBlob(name, new Blob([text], { type }));
}

/** Saves a Blob as a file (a streamed backup never becomes one big string). */
export function downloadBlob(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
