// Builds Finding objects directly, so these tests do not depend on what the classifier finds today.
import type { Finding, Category } from '../../../src/core/index';

export function finding(category: Category, text: string, attrs: string[] = []): Finding {
  return { category, start: 0, end: text.length, text, severity: category === 'ai-restriction' ? 'protective' : 'high', attrs, explanation: '', rule: 'test' };
}
