// The reading both AI categories share: does the sentence talk about turning users' content into AI, and
// if so, is that said, denied, prohibited, or made to depend on the user's choice?
import type { SentenceView } from './types';
import { AI, CONSENT, DEVELOP_AI, OPT_OUT, PROHIBITED, TRAIN, USER_STUFF } from './words';

export interface TrainingReading {
  /** Where the training / AI-development words are, in the sentence. */
  at: number;
  /** A training verb ("train", "fine-tune", "serve as input"), not only AI as a purpose of development. */
  direct: boolean;
  negated: boolean;
  prohibited: boolean;
  consent: boolean;
  optOut: boolean;
  /** The user is the one training or using AI ("you can use our AI tools to ..."). */
  userInvokes: boolean;
}

/** Using, processing or licensing something, the act that feeds content to a model. */
const USAGE = /\b(us(?:e|es|ed|ing)|process\w*|analy[sz]\w*|leverag\w*|licen[cs]e|rights?|access\w*|collect\w*|download\w*|scrap\w*|cop(?:y|ied|ying)|reproduc\w*|input|compil\w*|feed\w*)\b/i;
const USER_INVOKES = /\b(?:you|users) (?:can|may|could|are able to|choose to|might)\s+(?:\w+\s+)?(?:use|try|ask|create|generate|build|customi[sz]e|fine-tune|train)\b[^.]{0,80}\b(?:features?|tools?|assistant|your own)\b/i;
/** Training models is machine learning even where no AI word appears ("opt out of model training"). */
const MODEL_TRAINING = /\bmodel training\b|\btrain(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?models?\b/i;
/** Whatever follows "use your ..." is the user's, whatever the noun ("your private drafts", "your stems"). */
const USES_YOURS = /\b(?:us(?:e|es|ed|ing)|process\w*|analy[sz]\w*|collect\w*|cop(?:y|ies|ied|ying)|scrap\w*)\s+(?:all\s+)?(?:your|users['’]?|members['’]?|customers['’]?|creators['’]?)\s+[\w-]+/i;
const cache = new WeakMap<SentenceView, TrainingReading | null>();

/** Reads the sentence once per view; null when it does not talk about training AI on something. */
export function readTraining(s: SentenceView): TrainingReading | null {
  if (cache.has(s)) return cache.get(s)!;
  const reading = compute(s);
  cache.set(s, reading);
  return reading;
}

function compute(s: SentenceView): TrainingReading | null {
  const { text } = s;
  const train = TRAIN.exec(text);
  const develop = train ? null : DEVELOP_AI.exec(text);
  const hit = train ?? develop;
  if (!hit || !(AI.test(text) || MODEL_TRAINING.test(text)) || !USAGE.test(text) || !(USER_STUFF.test(text) || USES_YOURS.test(text))) return null;
  const at = hit.index + hit[0].search(/\S/);
  return {
    at,
    direct: train !== null,
    negated: s.parse.negatedAt(at),
    prohibited: PROHIBITED.test(text),
    consent: CONSENT.test(text),
    optOut: OPT_OUT.test(text) && !/\bopt[- ]?in\b/i.test(text),
    userInvokes: USER_INVOKES.test(text),
  };
}

/** AI mentioned at all, for restrictions that never name a training verb ("noai" directives). */
export function mentionsAi(s: SentenceView): boolean {
  return AI.test(s.text);
}
