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
const USAGE = /\b(us(?:e|es|ed|ing)|process\w*|analy[sz]\w*|leverag\w*|licen[cs]e|rights?|access\w*|collect\w*|download\w*|scrap\w*|cop(?:y|ied|ying)|reproduc\w*|input|compil\w*|feed\w*|provid\w*|shar(?:e|es|ed|ing)|disclos\w*|sell|sold|source)\b|\btrain\w* (?:\w+ ){0,4}?(?:on|using|with|from)\b/i;
const USER_INVOKES = /\b(?:you|users) (?:can|may|could|are able to|choose to|might)\s+(?:\w+\s+)?(?:use|try|ask|create|generate|build|customi[sz]e|fine-tune|train)\b[^.]{0,80}\b(?:features?|tools?|assistant|your own)\b/i;
/** Training models is machine learning even where no AI word appears ("opt out of model training"). */
const MODEL_TRAINING = /\bmodel training\b|\btrain(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,5}?models?\b|\b(?:improv|develop|build)\w*\s+(?:of\s+)?(?:our|its|their|the)\s+(?:[\w-]+\s+){0,2}?models\b/i;
/** A section, label or heading about AI makes its sentences about AI ("Model training" / "You can opt out of this"). */
const AI_TOPIC = /\b(?:artificial intelligence|machine[- ]learning|AI|generative|models?|model training|training)\b/i;
/** A sentence that refers back to its section's subject instead of naming it. */
const REFERS_BACK = /\b(?:this|these|such|that) (?:use|uses|processing|data|information|content|training|purpose|feature|setting)\b|\bopt(?:ed|ing)? out\b|\b(?:object|consent)\b/i;
/** "Nothing in these terms prevents us from ...": a double negative that permits. */
const NOTHING_PREVENTS = /\bnothing (?:in [^,.;]{0,60}?)?(?:prevents?|limits?|restricts?|prohibits?|stops?|precludes?)\b/i;
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
  const { text, context } = s;
  const train = TRAIN.exec(text) ?? MODEL_TRAINING.exec(text);
  const develop = train ? null : DEVELOP_AI.exec(text);
  const hit = train ?? develop;
  const aiWords = AI.test(text) || MODEL_TRAINING.test(text);
  // Under "Model training" or "How we use AI", "you can opt out of this use" is about AI training.
  const refersToAiSection = REFERS_BACK.test(text) && [context.heading, context.label, context.parentHeading].some((h) => h !== '' && AI_TOPIC.test(h));
  const aiSection = !aiWords && refersToAiSection;
  // A purpose list under "How we use your information" is about the user's data even when an item does not say so.
  // "Opt out of this use" under an AI section points back at the section's use of your data.
  const saysUserData = USER_STUFF.test(text) || USES_YOURS.test(text) || refersToAiSection;
  const fromSection = !saysUserData && (context.leadIn !== '' || /^[a-z]/.test(text)) && USER_DATA_SECTION.test(`${context.heading} ${context.parentHeading}`);
  if (!aiSection && (!hit || !aiWords || !(saysUserData || fromSection) || !(USAGE.test(text) || fromSection))) return null;
  if (aiSection && !(USAGE.test(text) || OPT_OUT.test(text) || CONSENT.test(text))) return null;
  const at = hit ? hit.index + hit[0].search(/\S/) : Math.max(0, text.search(REFERS_BACK));
  return {
    at,
    direct: train !== null,
    negated: s.parse.negatedAt(at) && !NOTHING_PREVENTS.test(text) && !WANT_NOT.test(text),
    prohibited: PROHIBITED.test(text),
    consent: CONSENT.test(text),
    optOut: OPT_OUT.test(text) && !/\bopt[- ]?in\b/i.test(text) && !EVEN_IF.test(text),
    userInvokes: USER_INVOKES.test(text),
  };
}

/** "Even if you opt out, we will ...": an exception to the opt-out, not an opt-out. */
const EVEN_IF = /\beven (?:if|when|after|though) you (?:have )?opt(?:ed)?[- ]?out\b/i;
/** A section about what the provider does with your information ("How we use information"). */
const USER_DATA_SECTION = /\b(?:use|process|collect)\w*\b[^.]{0,40}\b(?:information|data|content)\b|\b(?:information|data|content)\b[^.]{0,40}\b(?:use|process)\w*/i;

/** "If you do not want us to use ...": the user's wish is negated, not the provider's use. */
const WANT_NOT = /\bif you (?:do not|don['’]t) (?:want|wish)\b/i;

/** AI mentioned at all, for restrictions that never name a training verb ("noai" directives). */
export function mentionsAi(s: SentenceView): boolean {
  return AI.test(s.text);
}
