// The one place the core touches compromise. `two` is enough for tags and negation, and much smaller.
import nlp from 'compromise/two';

export interface Parse {
  negated: boolean;
}

export function parse(sentence: string): Parse {
  const doc = nlp(sentence);
  return { negated: doc.has('#Negative') };
}
