/**
 * pdf.js, loaded one way for the whole interface: its parser runs on the page's thread (no worker
 * file to fetch from the app's protocol), and it never compiles code from a PDF (`isEvalSupported`).
 * Loaded on demand, so PDF support stays out of the start-up bundle.
 */
export async function openPdf(data: Uint8Array) {
  // Importing the worker module registers it on globalThis; pdf.js then parses in-thread.
  await import('pdfjs-dist/build/pdf.worker.min.mjs');
  const pdfjs = await import('pdfjs-dist');
  return pdfjs.getDocument({ data, isEvalSupported: false }).promise;
}
