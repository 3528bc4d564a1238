// Shared vocabulary for the rules. Each pattern is a family of words, not a phrase from one document.

/** Artificial intelligence in its many names; bare "model" or "algorithm" only with an AI-ish neighbour. */
export const AI =
  /\b(artificial intelligence|machine[- ]learning|machine intelligence|deep learning|neural networks?|A\.?I\.?|ML|GAI|GenAI|LLMs?|generative|(?:large )?language models?|(?:AI|ML|foundation|generative|predictive|algorithmic|large language) models?|algorithms?|Artificial Intelligence Purposes|synthetic (?:voices?|vocals?|media|performances?|images?|speech)|deepfakes?|voice clon\w*)\b/i;

/** Verbs that turn data into a model. "Improve" and "develop" count only before an AI word (DEVELOP_AI). */
export const TRAIN =
  /\b(train(?:s|ed|ing)?|re-?train\w*|fine[- ]?tun\w*|tun(?:e|ing) (?:of )?(?:algorithms|models)|serve as input|as (?:an )?input (?:to|into|for)|Artificial Intelligence Purposes|(?:create|generate|make|produce|synthesi[sz]e)\w* (?:[\w-]+ ){0,3}?(?:synthetic|AI-generated|deepfakes?|clones?|cloned)|(?:a |the )?source for (?:our |its |their )?(?:AI|models?|machine))\b/i;

/** Building or improving AI as a purpose: "to develop new technologies such as AI", "for machine learning". */
export const DEVELOP_AI =
  /\b(?:(?:develop|improv|build|inform|power)\w*[^.;:]{0,50}?\b(?:artificial intelligence|machine[- ]learning|AI|generative|(?:language|AI|ML|foundation|algorithmic) models?)|for (?:the purposes? of )?(?:[\w,]+ ){0,4}(?:machine[- ]learning|artificial intelligence)(?! to))\b/i;

/** What the user brings: content, uploads, posts, data, information, prompts, feedback. */
export const USER_STUFF =
  /\b(your|their|users?['’]?|customer|subscriber|member|creators?['’]?|such|the|that|any|public|personal)\s+(?:\w+\s+){0,3}?(content|data|information|uploads?|posts?|works?|inputs?|prompts?|recordings?|messages?|tweets?|images?|music|voice|audio|video|chats?|contributions?|files?|outputs?|tracks?|songs?|photos?|artwork|comments?|conversations?|drawings?|sketch(?:es)?|designs?|creations?|illustrations?|writings?|stories|podcasts?|clips?|submissions?|materials?|media|assets?)\b|\b(content|information|data) (?:that )?(?:you|we collect)|\b(?:what|anything|everything|whatever) you (?:upload|post|share|create|submit|provide|write|make|record)\b|\bCustomer Content\b|\bService Generated Data\b|\bYour Content\b|\bContent\b|\binformation\b|\b(?:recordings|uploads|tracks|songs|photos|artwork|images|videos|posts|prompts|messages|chats|conversations|drawings|sketches|illustrations|submissions)\b|\bit\b/i;

/** Saying no: negation words and prohibitions. */
export const PROHIBITED =
  /\b(prohibited|forbidden|not (?:be )?(?:allowed|permitted|authori[sz]ed)|may not|must not|shall not|cannot|can ?not|agree not to|are not (?:allowed|permitted)|not to use|do not (?:consent|allow|permit)|refrain from|restrict(?:s|ed)? (?:the )?(?:use|access)|you (?:\w+ ){0,4}?(?:will|shall) not)\b/i;

/** Consent requirements. */
export const CONSENT =
  /\b(without (?:your |their |the creator['’]?s |(?:the )?user['’]?s )?(?:\w+ )?(?:consent|permission|authori[sz]ation)|only (?:with|if you (?:give|provide)) (?:your )?(?:\w+ )?consent|unless you (?:\w+ )?(?:consent|opt[- ]?in|agree|give)|opt[- ]?in|affirmative(?:ly)? consent|explicit consent|express(?:ly)? consent|(?:do|does) not consent|actively (?:give|provide) (?:your )?consent|choices? about)\b/i;

export const OPT_OUT =
  /\b(opt(?:ed|ing)?[- ]?out|(?:in control of|(?:can |may )?(?:choose|decide|control)) whether|object to|turn (?:it |this )?off|switch (?:it |this )?off|disable|withdraw (?:your )?consent|(?:in|through|via) (?:your )?(?:privacy )?settings|setting)\b/i;

/** Parties other than the provider and the user. */
export const THIRD_PARTY =
  /\b(third[- ]part(?:y|ies)|(?:service |payment |cloud |hosting |solution )?providers?|(?:business |advertising |marketing |video |cross-platform sharing )?partners?|affiliates?|advertisers?|vendors?|suppliers?|sub-?processors?|processors?|recipients?|acquir(?:er|ing \w+)|new (?:entity|owner)|other (?:companies|organi[sz]ations|users|websites|entities)|organi[sz]ations or individuals|law enforcement|authorities|government(?:al)? (?:agencies|authorities|request)|regulators?|courts?|search engines|data brokers|researchers|PayPal|Stripe|advertiser|website operator|others)\b/i;

/** The provider speaking about itself. */
export const PROVIDER_SUBJECT = /^(?:[^,;]{0,40}\b)?(we|us|our company|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?)\s+(?:and (?:our|its) [\w\s-]{0,40}?\s+)?(?:may|will|can|could|might|shall|reserves?|retains?|is (?:free|entitled)|has the right|also|do|does|use|uses|would|must|are|is)\b/;
