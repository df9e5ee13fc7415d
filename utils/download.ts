// Saves a file the page built, without the "downloads" permission: a Blob, an object
// URL and a click on an <a download>. Works in Chrome and Firefox extension pages.

/** How long the object URL stays valid: Firefox starts the download after the click returns. */
const REVOKE_AFTER_MS = 60_000;

export function downloadText(text: string, fileName: string, mime: string, doc: Document = document): void {
  const blob = new Blob([text], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  // Firefox ignores clicks on links that are not in the document.
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
