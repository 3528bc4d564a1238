// The UNFAIR-ToS corpus pipeline's style, for tests that read our own sentences both ways: lower case,
// punctuation split off, "do n't", `` quotes ''.
export function tokenise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“"](?=\w)/g, '`` ')
    .replace(/(?<=[\w.,])[”"]/g, " ''")
    .replace(/n't\b/g, " n't")
    .replace(/([,;:()!?])/g, ' $1 ')
    .replace(/\.(\s*)$/, ' .')
    .replace(/\s+/g, ' ')
    .trim();
}
