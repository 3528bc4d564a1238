// The reading both AI categories share: does the sentence talk about turning users' content into AI, and
// if so, is that said, denied, prohibited, or made to depend on the user's choice?
import type { SentenceView } from './types';
import { pattern } from './concepts';
import { AI, CONSENT, DEVELOP_AI, HELPS_AI, OPT_OUT, PROHIBITED, TRAIN, USER_STUFF } from './words';

export interface TrainingReading {
  /** Where the training / AI-development words are, in the sentence. */
  at: number;
  /** A training verb ("train", "fine-tune", "serve as input"), not only AI as a purpose of development. */
  direct: boolean;
  negated: boolean;
  /** A later clause says it does train ("We won't train on your messages, but public posts may be used to improve our models"). */
  affirmedLater: boolean;
  prohibited: boolean;
  consent: boolean;
  optOut: boolean;
  /** The user is the one training or using AI ("you can use our AI tools to ..."). */
  userInvokes: boolean;
}

/** Using, processing or licensing something, the act that feeds content to a model. */
// Using the content: "use", "process", "licence", "share", or training on it.
const USAGE = pattern('#Use', '/^train/ .{0,4} (on|using|with|from)', '(help|helps|helped) (us|them)? (build|train|develop|improve|teach)', '(learn|learns|learned|learnt) from', '(fed|feed|feeds|feeding) (into|to)', '/^(analys|analyz)/');
// The user drives the AI: "you can use our assistant to ...".
const USER_INVOKES = pattern('(you|users) (can|may|could|might|are able to|choose to) .? #Invoke .{0,14} (feature|features|tool|tools|assistant|your own)');
/** Training models is machine learning even where no AI word appears ("opt out of model training"). */
const MODEL_TRAINING = pattern('model (training|improvement|development)', 'training (data|dataset|datasets|set|sets)', '(train|trains|trained|training) .{0,5} (model|models)', 'fine /^tun/ .{0,3} (model|models)', '/^(improv|develop|build)/ of? (our|its|their|the) .{0,2} models');
/** A section, label or heading about AI makes its sentences about AI ("Model training" / "You can opt out of this"). */
const AI_TOPIC = pattern('(artificial intelligence|machine learning|ai|generative|model|models|training)');
/** A sentence that refers back to its section's subject instead of naming it. */
const REFERS_BACK = pattern('(this|these|such|that) (use|uses|processing|data|information|content|training|purpose|feature|setting)', '(opt|opted|opting) out', '(object|consent)');
/** "Nothing in these terms prevents us from ...": a double negative that permits. */
const NOTHING_PREVENTS = pattern('nothing #Prevent', 'nothing in .{0,10} #Prevent');
/** Whatever follows "use your ..." is the user's, whatever the noun ("your private drafts", "your stems"). */
const USES_YOURS = pattern('#Handle all? (your|users|members|customers|creators) .');
const OPT_IN = pattern('(opt in|optin)');
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
  const develop = train ? null : (DEVELOP_AI.exec(text) ?? TO_AI_MAKERS.exec(text) ?? HELPS_AI.exec(text));
  const hit = train ?? develop;
  // Under "Model training" or "How we use AI", "you can opt out of this use" is about AI training.
  const refersToAiSection = REFERS_BACK.test(text) && [context.heading, context.label, context.parentHeading].some((h) => h !== '' && AI_TOPIC.test(h));
  // Without a training or AI-development word, only its section can make a sentence about AI: most stop here.
  if (!hit && !refersToAiSection) return null;
  // Developing "speech recognition" or "new AI features" names AI by its purpose.
  const aiWords = AI.test(text) || MODEL_TRAINING.test(text) || develop !== null;
  const aiSection = !aiWords && refersToAiSection;
  // A purpose list under "How we use your information" is about the user's data even when an item does not say so.
  // "Opt out of this use" under an AI section points back at the section's use of your data.
  const saysUserData = USER_STUFF.test(text) || USES_YOURS.test(text) || refersToAiSection;
  const fromSection = !saysUserData && (context.leadIn !== '' || context.label !== '' || /^[a-z]/.test(text)) && USER_DATA_SECTION.test(`${context.heading} ${context.parentHeading}`);
  if (!aiSection && (!hit || !aiWords || !(saysUserData || fromSection) || !(USAGE.test(text) || fromSection || EXCLUDED.test(text) || HELPS_AI.test(text)))) return null;
  if (aiSection && !(USAGE.test(text) || OPT_OUT.test(text) || CONSENT.test(text))) return null;
  const at = hit ? hit.index + hit[0].search(/\S/) : Math.max(0, text.search(REFERS_BACK));
  const negated = (s.parse.negatedAt(at) && !NOTHING_PREVENTS.test(text) && !WANT_NOT.test(text)) || (EXCLUDED.test(text) && !s.parse.negatedAt(text.search(EXCLUDED)));
  return {
    at,
    direct: train !== null,
    negated,
    affirmedLater: negated && affirmedAfter(s, at),
    prohibited: PROHIBITED.test(text),
    consent: CONSENT.test(text),
    optOut: OPT_OUT.test(text) && !OPT_IN.test(text) && !EVEN_IF.test(text),
    userInvokes: USER_INVOKES.test(text),
  };
}

/** Content handed to the makers of AI: "we license your music to AI companies". */
const TO_AI_MAKERS = pattern('to (ai|artificial intelligence|machine learning|ml) (companies|company|developers|firms|labs|model developers)');
/** Kept out of training: "excluded from model training", "not included in training data". */
const EXCLUDED = pattern('(excluded|exclude|excludes|excluding) from .{0,3} (training|model training|#AI)', 'not (included|used) (in|for) .{0,2} (training|model training)', '(excluding|except for) (ai|model)? training');

/** Training words after a contrast ("..., but ...", "; however, ...") that no negation reaches. */
function affirmedAfter(s: SentenceView, at: number): boolean {
  const turn = /[,;]\s*(?:but|however|although|yet|while)\b|;\s*/i.exec(s.text.slice(at));
  if (!turn) return false;
  const from = at + turn.index + turn[0].length;
  const rest = s.text.slice(from);
  const later = TRAIN.exec(rest) ?? MODEL_TRAINING.exec(rest) ?? DEVELOP_AI.exec(rest);
  return later !== null && !s.parse.negatedAt(from + later.index);
}

/** "Even if you opt out, we will ...": an exception to the opt-out, not an opt-out. */
const EVEN_IF = pattern('even (if|when|after|though) you have? (opt|opted) out', 'even (if|when|after|though) you have? (optout|optedout)');
/** A section about what the provider does with your information ("How we use information"). */
const USER_DATA_SECTION = pattern('/^(use|process|collect)/ .{0,6} (information|data|content)', '(information|data|content) .{0,6} /^(use|process)/');

/** "If you do not want us to use ...": the user's wish is negated, not the provider's use. */
const WANT_NOT = pattern("if you (do not|don't) (want|wish)");

/** AI mentioned at all, for restrictions that never name a training verb ("noai" directives). */
export function mentionsAi(s: SentenceView): boolean {
  return AI.test(s.text);
}
