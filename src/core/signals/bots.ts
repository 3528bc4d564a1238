// The AI crawlers Fine Print asks robots.txt about: one list, with who runs each and what it is for.
export interface AiBot {
  /** The robots.txt product token (matched case-insensitively). */
  token: string;
  operator: string;
  purpose: 'training' | 'search' | 'assistant' | 'mixed';
}

export const AI_BOTS: readonly AiBot[] = [
  { token: 'GPTBot', operator: 'OpenAI', purpose: 'training' },
  { token: 'ChatGPT-User', operator: 'OpenAI', purpose: 'assistant' },
  { token: 'OAI-SearchBot', operator: 'OpenAI', purpose: 'search' },
  { token: 'CCBot', operator: 'Common Crawl', purpose: 'training' },
  { token: 'ClaudeBot', operator: 'Anthropic', purpose: 'training' },
  { token: 'anthropic-ai', operator: 'Anthropic', purpose: 'training' },
  { token: 'Claude-Web', operator: 'Anthropic', purpose: 'assistant' },
  { token: 'Claude-User', operator: 'Anthropic', purpose: 'assistant' },
  { token: 'Claude-SearchBot', operator: 'Anthropic', purpose: 'search' },
  { token: 'Google-Extended', operator: 'Google', purpose: 'training' },
  { token: 'Applebot-Extended', operator: 'Apple', purpose: 'training' },
  { token: 'PerplexityBot', operator: 'Perplexity', purpose: 'search' },
  { token: 'Perplexity-User', operator: 'Perplexity', purpose: 'assistant' },
  { token: 'Bytespider', operator: 'ByteDance', purpose: 'training' },
  { token: 'meta-externalagent', operator: 'Meta', purpose: 'training' },
  { token: 'meta-externalfetcher', operator: 'Meta', purpose: 'assistant' },
  { token: 'FacebookBot', operator: 'Meta', purpose: 'training' },
  { token: 'Amazonbot', operator: 'Amazon', purpose: 'mixed' },
  { token: 'cohere-ai', operator: 'Cohere', purpose: 'training' },
  { token: 'cohere-training-data-crawler', operator: 'Cohere', purpose: 'training' },
  { token: 'Diffbot', operator: 'Diffbot', purpose: 'mixed' },
  { token: 'omgili', operator: 'Webz.io', purpose: 'training' },
  { token: 'omgilibot', operator: 'Webz.io', purpose: 'training' },
  { token: 'ImagesiftBot', operator: 'Hive', purpose: 'training' },
  { token: 'Timpibot', operator: 'Timpi', purpose: 'training' },
  { token: 'AI2Bot', operator: 'Allen Institute for AI', purpose: 'training' },
  { token: 'YouBot', operator: 'You.com', purpose: 'search' },
  { token: 'MistralAI-User', operator: 'Mistral AI', purpose: 'assistant' },
  { token: 'DuckAssistBot', operator: 'DuckDuckGo', purpose: 'assistant' },
  { token: 'PetalBot', operator: 'Huawei', purpose: 'search' },
];

export function findBot(token: string): AiBot | undefined {
  const lower = token.toLowerCase();
  return AI_BOTS.find((bot) => bot.token.toLowerCase() === lower);
}
