// Finds the date a document says it was last changed ("Last updated: 3 March 2026", "Effective date: ...").
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE = [
  `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4}`,
  `${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
  '\\d{4}-\\d{1,2}-\\d{1,2}',
  '\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}',
  `${MONTH}\\s+\\d{4}`,
].join('|');
const LABEL =
  '(?:last\\s+(?:updated|modified|revised|changed)(?:\\s+on)?|(?:date\\s+of\\s+)?last\\s+revision|updated\\s+on|revised\\s+on|effective\\s+(?:date|as\\s+of|from|on)|effective|(?:this\\s+)?version\\s+(?:date|of))';
const PATTERN = new RegExp(`\\b${LABEL}\\s*(?:[:\\-–—]|is)?\\s*(?:on\\s+)?(${DATE})`, 'iu');

/** The date as the document writes it, spaces tidied; undefined when the document names none. */
export function extractLastUpdated(text: string): string | undefined {
  const match = PATTERN.exec(text);
  return match?.[1]?.replace(/\s+/g, ' ').trim();
}
