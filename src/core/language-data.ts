// Data for language.ts: which languages each writing system is used for, each language's commonest
// function words, and language names as they appear in language menus.
// Function-word lists keep to short, frequent words, and leave out words another listed language uses as
// often (English "in", "is", "of" are also Dutch; Romance "de", "que" are shared), so a word counts for the
// language it points to.

export const SCRIPT_LANGUAGES = {
  Latin: ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'no', 'fi', 'pl', 'cs', 'sk', 'ro', 'hu', 'tr', 'id', 'vi', 'ca', 'hr', 'sl', 'lt', 'lv', 'et', 'sw', 'tl', 'af'],
  Cyrillic: ['ru', 'uk', 'bg', 'sr'],
  Greek: ['el'],
  Arabic: ['ar', 'fa', 'ur'],
  Hebrew: ['he'],
  Devanagari: ['hi', 'mr', 'ne'],
  Bengali: ['bn'],
  Gurmukhi: ['pa'],
  Gujarati: ['gu'],
  Oriya: ['or'],
  Tamil: ['ta'],
  Telugu: ['te'],
  Kannada: ['kn'],
  Malayalam: ['ml'],
  Sinhala: ['si'],
  Thai: ['th'],
  Lao: ['lo'],
  Khmer: ['km'],
  Myanmar: ['my'],
  Georgian: ['ka'],
  Armenian: ['hy'],
  Ethiopic: ['am'],
  Hangul: ['ko'],
  /** Han alone is Chinese; with kana (counted as Hiragana by language.ts) it is Japanese. */
  Han: ['zh', 'ja'],
  Hiragana: ['ja'],
  Katakana: ['ja'],
} as const satisfies Record<string, readonly string[]>;

export type ScriptName = keyof typeof SCRIPT_LANGUAGES;

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

export const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  en: words(`the and of to you your we our that this with for are be by or not any may will from which have has it its
    these those such if can us they their all other when where how who were been would should shall about into
    n't wo does do than then also is on in at as a an`),
  fr: words(`le la les des du une et est vous votre vos nous notre nos qui dans pour sur pas avec ces aux sont leur
    leurs ou par cette être peut au ne se sa son ses lorsque afin ainsi également`),
  de: words(`der die das und ist nicht sie wir ihre ihr ihren unsere unser mit für auf den dem zu von sich werden
    wird oder eine einer ein auch bei durch können diese nach aus sind uns dass wenn gemäß sowie`),
  es: words(`el los las del y es por con una su sus usted nosotros nuestro nuestra nuestros se lo al como más puede
    sobre estos estas cuando dicha dichos también`),
  it: words(`il di che della delle dei degli per non sono è gli alla al con si ci suoi tuoi tuo tua vostro nostro
    nostra nostri questo questa essere può anche dal nel nella sulla`),
  pt: words(`o os do da dos das em um uma não você seu sua seus suas nós nosso nossa nossos com pelo pela ao à é são
    ou mais isso quando também`),
  nl: words(`het een en van op te dat niet voor met zijn worden wordt wij uw ook aan bij door naar kan als deze onze
    ons hebben heeft zal tot uit om je jouw`),
  sv: words(`och att det som är av för med till på inte vi du dig din dina vår våra eller om kan har den ett från oss
    sådana`),
  da: words(`og at det som er af for med til på ikke vi du dig din dine vores eller om kan har den et fra os sådanne`),
  no: words(`og å det som er av for med til på ikke vi du deg din dine våre vår eller om kan har den et fra oss slike`),
  fi: words(`ja on ei että se tai kanssa voi sinun meidän me te tämä nämä jos kun olla ovat mukaan joka jotka myös
    sekä meille sinulle siitä näitä tämän sinä meitä niitä jotta tahansa kaikki mitä kuin`),
  pl: words(`i w z na się nie do że jest od przez dla lub oraz jak są może nasz nasze twoje twój które który która
    po przy`),
  cs: words(`a k o nám vás jeho jejich můžeme budeme pokud jsme v se na je že z s do pro jako nebo ale jsou být vaše váš naše které který která při podle také tyto`),
  sk: words(`v sa na je že z s do pre ako alebo ale sú byť vaše váš naše ktoré ktorý ktorá pri podľa tiež tieto`),
  ro: words(`și în la cu pe nu că sau este sunt pentru care un o al ale dumneavoastră noastre nostru dvs vă ne se mai
    fi acest această`),
  hu: words(`a az és hogy nem egy van meg ha vagy által ön önnek mi szerint kell lehet amely amelyek ezt ez azt`),
  tr: words(`ve bir bu ile için olarak veya sizin bizim biz siz olan gibi daha çok her ancak kadar değil tarafından`),
  id: words(`dan yang di ke dari untuk dengan ini itu atau tidak kami anda kita akan dapat pada adalah dalam oleh
    sebagai juga`),
  vi: words(`và của là có không được các cho với trong này những một người bạn chúng tôi để khi đã sẽ theo`),
  ca: words(`els amb són seu seva vostre nostre aquest aquesta pot dels als i per`),
  hr: words(`i u je se na da za ne od su s sa ili kao koji koja koje vaš vaše naš naše može biti prema ako`),
  sl: words(`in je se na da za ne od so s z ali kot ki vaš vaše naš lahko biti pri tudi če`),
  lt: words(`ir yra kad su į iš ar jūsų mes mūsų jūs kaip tai bet kurie pagal arba gali būti taip`),
  lv: words(`un ir ka ar uz no par vai jūsu mēs mūsu jūs kā tas bet kas var būt arī saskaņā`),
  et: words(`ja on et ei see või kui oma teie meie me te mis kes ka võib olla vastavalt need`),
  sw: words(`na ya wa kwa za la katika ni kuwa au hii huo yako yetu sisi wewe kama pia`),
  tl: words(`ang ng mga sa at na ay ko mo namin ninyo iyong para kung hindi ito bilang`),
  af: words(`die en van nie te om wat het jou ons vir met op sal word kan`),
  ru: words(`и в не на с что мы вы ваш ваши наш это для по или как может быть которые также от из к о при`),
  uk: words(`і та в не на з що ми ви ваш наш це для до або як може бути які також від`),
  bg: words(`и в не на с че ние вие вашите нашите това за по или как може да се които от към`),
  sr: words(`и у не на са да ми ви ваш наш то за по или као може бити који од се`),
  ar: words(`في من على إلى أن التي الذي عن هذه مع أو لا نحن`),
  fa: words(`و در به از که این را با است می شما ما`),
  ur: words(`کے کی میں ہے اور کو سے آپ ہم یہ`),
  hi: words(`के का की है में और को से हम आप यह पर लिए या`),
  mr: words(`आणि आहे च्या मध्ये आम्ही तुम्ही हे ला`),
  ne: words(`र मा हो छ हामी तपाईं यो गर्न`),
};

/** Language names as menus write them (in their own language, and English for the common ones). */
export const ENDONYMS: readonly string[] = [
  'English', 'Deutsch', 'Français', 'Español', 'Italiano', 'Português', 'Brasil', 'Portugal', 'Nederlands', 'Polski',
  'Svenska', 'Dansk', 'Norsk', 'Bokmål', 'Suomi', 'Čeština', 'Slovenčina', 'Magyar', 'Română', 'Türkçe', 'Bahasa',
  'Indonesia', 'Melayu', 'Tiếng Việt', 'Català', 'Hrvatski', 'Slovenščina', 'Lietuvių', 'Latviešu', 'Eesti',
  'Kiswahili', 'Filipino', 'Tagalog', 'Afrikaans', 'Íslenska', 'España', 'México', 'Latinoamérica', 'Schweiz',
  'Österreich', 'Deutschland', 'Belgique', 'Canada', 'Suisse', 'Ελληνικά', 'Русский', 'Українська', 'Български',
  'Српски', 'Қазақ', 'עברית', 'العربية', 'فارسی', 'اردو', 'हिन्दी', 'हिंदी', 'मराठी', 'नेपाली', 'বাংলা', 'ਪੰਜਾਬੀ',
  'ગુજરાતી', 'ଓଡ଼ିଆ', 'தமிழ்', 'తెలుగు', 'ಕನ್ನಡ', 'മലയാളം', 'සිංහල', 'ไทย', 'ລາວ', 'ខ្មែរ', 'မြန်မာ', 'ქართული',
  'Հայերեն', 'አማርኛ', '日本語', '中文', '简体中文', '繁體中文', '繁体中文', '简体', '繁體', '한국어', '台灣', '香港',
  'French', 'German', 'Spanish', 'Italian', 'Portuguese', 'Dutch', 'Japanese', 'Chinese', 'Korean', 'Russian',
  'Arabic', 'Hindi', 'Turkish', 'Polish', 'Swedish',
];
