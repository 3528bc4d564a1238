// Is this a terms / privacy / licence page? Cheap signals only, decided before the classifier loads.
const PATH = /\/(terms|tos|legal|privacy|eula|user-agreement|conditions|policies|policy|license|licence)(\b|[-_./]|$)/i;
const TITLE = /\b(terms|conditions|privacy|policy|agreement|licen[cs]e|eula|legal)\b/i;

export function looksLegal(doc: Document, url: string): boolean {
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    path = '';
  }
  if (PATH.test(path)) return true;
  if (TITLE.test(doc.title)) return true;
  const heading = doc.querySelector('h1')?.textContent ?? '';
  return TITLE.test(heading);
}
