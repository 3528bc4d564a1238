// The vocabulary the rules speak in, as data. Each concept is a small list of entries; an entry is a word or a
// short phrase in compromise match syntax (see ../pattern.ts), and a rule names the concept as `#Concept`.
// Inflections are written out (train, trains, trained, training); a `/^stem/` entry stands for every word
// that starts with the stem, used only where the family is open ("disclose", "disclosed", "disclosure").
// A concept is a family of words, never a phrase from one document. The document's own terms for the
// user's content ("Materials", "Inputs") are added per document: defined-terms.ts rewrites them to
// "your content" before any rule reads the sentence.
import { patternCompiler, type Concepts } from '../pattern';

export const CONCEPTS = {
  /** Artificial intelligence in its many names; bare "model" only with an AI-ish neighbour. */
  AI: [
    'artificial intelligence', 'machine learning', 'machine learned', 'machine intelligence', 'deep learning', '(neural network|neural networks)',
    '(ai|a.i.|a.i|ai.|ml|gai|genai|llm|llms|generative)', 'language (model|models)',
    '(ai|ml|foundation|generative|predictive|algorithmic) (model|models)', '(algorithm|algorithms)',
    'synthetic (voice|voices|vocal|vocals|media|performance|performances|image|images|speech)', '(deepfake|deepfakes)', 'voice /^clon/',
    // Models and systems named by what they read or make: "speech models", "image recognition", "music generation".
    '(speech|voice|image|audio|music|vision|text|language|recognition|recommendation|ranking|prediction) (model|models)',
    '(recognition|recommendation) (system|systems)', '(speech|voice|audio|image|face|facial) recognition (technology|technologies|system|systems|model|models)', '(image|music|text|video|voice|speech|art|content) (generation|generator|generators)',
  ],
  /** Verbs that turn data into a model. "Improve" and "develop" count only before an AI word (DEVELOP_AI). */
  Train: [
    '(train|trains|trained|training)', '/^retrain/', 're /^train/', 'fine /^tun/', '/^finetun/',
    '(tune|tuning) of? (algorithms|models)', 'serve as input', 'as an? input (to|into|for)', 'artificial intelligence purposes',
    '/^(create|generate|make|produce|synthesi[sz]e)/ .{0,3} #Synthetic', '(a|the)? source for (our|its|their)? (ai|model|models|machine)',
    // A model learning from what it is given: "teach our systems", "models learn from your chats", "fed into our generator".
    '(teach|teaches|taught|teaching)', '(learn|learns|learned|learnt) from', '(feed|feeds|fed|feeding) (into|to)',
  ],
  /** What a model makes of a person's voice or likeness. */
  Synthetic: ['(synthetic|deepfake|deepfakes|clone|clones|cloned)', 'ai generated'],
  /** Whose content it is: "your", "users'", "the creator's", or only "such" / "the" pointing back at it. */
  Owner: [
    "(your|their|user|users|user's|customer|subscriber|member|creator|creators|creator's|such|the|that|any|public|personal)",
    // Data about people with the names taken off is still theirs: "de-identified data", "aggregated information".
    '(de identified|deidentified|aggregated|anonymized|anonymised|pseudonymized|pseudonymised)',
  ],
  /** What the user brings. */
  UserContent: [
    '(content|data|information|upload|uploads|post|posts|work|works|input|inputs|prompt|prompts|recording|recordings|message|messages)',
    '(tweet|tweets|image|images|music|voice|audio|video|chat|chats|contribution|contributions|file|files|output|outputs|track|tracks)',
    "(song|songs|photo|photos|artwork|comment|comments|conversation|conversations|drawing|drawings|sketch|sketches|design|designs)",
    '(creation|creations|illustration|illustrations|writing|writings|stories|podcast|podcasts|clip|clips|submission|submissions)',
    '(material|materials|media|asset|assets|draft|drafts|document|documents)',
  ],
  /** Plurals that are the user's things even without "your" ("uploads", "recordings"). */
  UserThings: ['(recordings|uploads|tracks|songs|photos|artwork|images|videos|posts|prompts|messages|chats|conversations|drawings|sketches|illustrations|submissions)'],
  /** A mention of the user's content: "your uploaded files", "content you post", "whatever you upload", or just "content" / "it". */
  YourContent: [
    '#Owner .{0,3} #UserContent', '(content|information|data) that? (you|we collect)',
    '(what|anything|everything|whatever) you (upload|post|share|create|submit|provide|write|make|record)',
    '(content|information|it)', 'service generated data', '#UserThings',
  ],
  /** Doing something with content: using, processing, licensing, sharing it. */
  Use: [
    '(use|uses|used|using|licence|license|right|rights|copy|copied|copying|input|share|shares|shared|sharing|sell|sold|source)',
    '/^(process|analys|analyz|leverag|access|collect|download|scrap|reproduc|compil|feed|provid|disclos)/',
  ],
  /** Handling what is yours, in "uses your ...": the noun after it is the user's, whatever it is. */
  Handle: ['(use|uses|used|using|copy|copies|copied|copying)', '/^(process|analys|analyz|collect|scrap)/'],
  /** What a user does with an AI feature they invoke. */
  Invoke: ['(use|try|ask|create|generate|build|customize|customise|train)', 'fine-tune'],
  /** "Nothing ... prevents": stopping words. */
  Prevent: ['(prevent|prevents|limit|limits|restrict|restricts|prohibit|prohibits|stop|stops|preclude|precludes)'],
  /** Taking content to feed a model: training, building, scraping, mining. */
  Harvest: ['/^(train|develop|build|improv|scrap|crawl|harvest)/', '(mine|mining)'],
  /** What is built from it. */
  AISystem: ['(model|models|ai|system|systems|dataset|datasets)', 'artificial intelligence', 'machine learning'],
  /** Whoever a ban addresses: "you", "users", "no one", "third parties". */
  Others: ['(you|user|users|visitor|visitors|others|anyone|competitor|competitors|customer|customers|member|members)', 'no one', 'third (party|parties)'],
  /** The words of a ban on someone: "may not", "cannot", "agree not to". */
  MustNot: ['(may|must|shall|can|will) not', 'cannot', 'agree not to', 'are not (allowed|permitted|authorized|authorised)'],
  /** Who a person is: name, face, voice, logo. */
  Persona: [
    '(name|names|likeness|voice|image|username|persona|logo|logos|trademark|trademarks)', '/^photo/',
    'profile (picture|photo|image)', 'biographical information',
  ],
  /** Selling or promoting. */
  Commercial: ['(ad|ads|publicity|marketing|sponsored|commercial)', '/^(advertis|promot|endorse)/', 'case /^stud/', 'press (release|releases)', '/^(showcas|featur)/'],
  /** Granting a right: a licence, permission, consent, allowing. */
  Grant: ['(licence|license|right|permission|consent)', '/^(authoris|authoriz|allow)/'],
  /** Saying no: prohibitions. */
  Prohibition: [
    '(prohibited|forbidden|cannot)', 'not be? (allowed|permitted|authorized|authorised)', '(may|must|shall|can) not', 'agree not to',
    'not to use', 'do not (consent|allow|permit)', 'refrain from', '(restrict|restricts|restricted) the? (use|access)', 'you !we{0,4} (will|shall) not',
  ],
  /** Asking first: consent, opting in, a choice left to the user. */
  Consent: [
    'without (your|their|the)? .? #Permission', "without the? (creator's|creators|user's|users) .? #Permission",
    'only (with|if you give|if you provide) your? .? consent', 'unless you .? (consent|opt in|optin|agree|give)', '(opt in|optin)',
    '(affirmative|affirmatively|explicit|express|expressly) consent', '(do|does) not consent', 'actively (give|provide) your? consent', '(choice|choices) about',
  ],
  Permission: ['(consent|permission|authorization|authorisation)'],
  /** Saying no afterwards: opting out, objecting, switching it off. */
  OptOut: [
    '(opt|opted|opting) out', '(optout|optedout|optingout)', 'in control of whether', '(can|may)? (choose|decide|control) whether', 'object to',
    '(turn|switch) (it|this)? off', 'disable', 'withdraw your? consent', '(in|through|via) your? privacy? settings', 'setting',
    'ask us to (stop|not)',
  ],
  /** Parties other than the provider and the user. */
  ThirdParty: [
    'third (party|parties)', '(service|payment|cloud|hosting|solution)? (provider|providers)',
    '(business|advertising|marketing|video)? (partner|partners)', 'cross platform sharing (partner|partners)',
    '(affiliate|affiliates|advertiser|advertisers|vendor|vendors|supplier|suppliers|processor|processors|recipient|recipients)',
    '(subprocessor|subprocessors)', 'sub (processor|processors)', 'acquirer', 'acquiring .', 'new (entity|owner)',
    'other (companies|organizations|organisations|users|websites|entities)', '(organizations|organisations) or individuals', 'law enforcement',
    '(authorities|regulator|regulators|court|courts|researchers|others)', '(government|governmental) (agencies|authorities|request)',
    'search engines', 'data brokers', '(paypal|stripe)', 'website operator',
  ],
} as const satisfies Concepts;

export type ConceptName = keyof typeof CONCEPTS;

/** Compiles a rule's pattern over these concepts (once, when the rule's module loads). */
export const pattern = patternCompiler(CONCEPTS);
