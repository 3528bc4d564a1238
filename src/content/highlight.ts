// Registers one CSS Custom Highlight per category (contract 2: `fine-print-<category>`).
import type { Finding } from '../core/types';
import { rangeFor, type Extraction } from './extract';

const STYLE_ID = 'fine-print-highlight-style';

export function highlightFindings(extraction: Extraction, findings: readonly Finding[]): void {
  clearHighlights();
  const byCategory = new Map<string, Range[]>();
  for (const finding of findings) {
    const range = rangeFor(extraction, finding.start, finding.end);
    if (!range) continue;
    const list = byCategory.get(finding.category) ?? [];
    list.push(range);
    byCategory.set(finding.category, list);
  }
  for (const [category, ranges] of byCategory) CSS.highlights.set(`fine-print-${category}`, new Highlight(...ranges));
  ensureStyle([...byCategory.keys()]);
}

export function clearHighlights(): void {
  for (const name of [...CSS.highlights.keys()]) if (name.startsWith('fine-print-')) CSS.highlights.delete(name);
}

function ensureStyle(categories: string[]): void {
  let style = document.getElementById(STYLE_ID);
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    document.head.append(style);
  }
  style.textContent = categories
    .map((c) => `::highlight(fine-print-${c}) { background-color: rgba(255, 196, 0, 0.35); text-decoration: underline; }`)
    .join('\n');
}
