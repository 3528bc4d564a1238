// Language detection on sentences we wrote in each language, modelled on what terms pages say.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage, LANGUAGE_CODES } from '../../../src/core/language';

const NOT_ENGLISH: Array<[string, string]> = [
  ['fr', "En publiant du contenu sur notre service, vous nous accordez une licence mondiale et gratuite pour l'utiliser. Nous pouvons modifier ces conditions à tout moment et nous vous en informerons par courriel."],
  ['de', 'Wenn Sie Inhalte hochladen, räumen Sie uns ein weltweites, kostenloses Nutzungsrecht ein. Wir können diese Bedingungen jederzeit ändern und werden Sie darüber per E-Mail informieren.'],
  ['es', 'Al publicar contenido en nuestro servicio, usted nos concede una licencia mundial y gratuita para usarlo. Podemos cambiar estos términos en cualquier momento y se lo comunicaremos por correo.'],
  ['it', 'Pubblicando contenuti sul nostro servizio, ci concedi una licenza mondiale e gratuita per usarli. Possiamo modificare questi termini in qualsiasi momento e ti avviseremo per email.'],
  ['pt', 'Ao publicar conteúdo no nosso serviço, você nos concede uma licença mundial e gratuita para usá-lo. Podemos alterar estes termos a qualquer momento e avisaremos você por email.'],
  ['nl', 'Door inhoud op onze dienst te plaatsen, geeft u ons een wereldwijde en kosteloze licentie om die te gebruiken. Wij kunnen deze voorwaarden op elk moment wijzigen en zullen u daarover per e-mail informeren.'],
  ['sv', 'När du laddar upp innehåll ger du oss en världsomfattande och kostnadsfri licens att använda det. Vi kan ändra dessa villkor när som helst och vi meddelar dig via e-post.'],
  ['da', 'Når du uploader indhold, giver du os en verdensomspændende og gratis licens til at bruge det. Vi kan ændre disse vilkår når som helst, og vi giver dig besked via e-mail.'],
  ['fi', 'Kun lataat sisältöä palveluun, annat meille maailmanlaajuisen ja maksuttoman käyttöoikeuden siihen. Voimme muuttaa näitä ehtoja milloin tahansa, ja kerromme siitä sinulle sähköpostitse.'],
  ['pl', 'Publikując treści w naszym serwisie, udzielasz nam światowej i bezpłatnej licencji na ich używanie. Możemy zmienić te warunki w dowolnym momencie, a o zmianie poinformujemy cię przez e-mail.'],
  ['cs', 'Nahráním obsahu nám udělujete celosvětovou a bezplatnou licenci k jeho užití. Tyto podmínky můžeme kdykoli změnit a o změně vás budeme informovat e-mailem, jako vždy.'],
  ['ro', 'Prin publicarea conținutului pe serviciul nostru, ne acordați o licență mondială și gratuită pentru a-l folosi. Putem modifica acești termeni oricând și vă vom anunța prin e-mail.'],
  ['hu', 'Ha tartalmat tölt fel, az ön világszerte érvényes, ingyenes felhasználási jogot ad nekünk. Ezeket a feltételeket bármikor módosíthatjuk, és erről e-mailben értesítjük önt, ha lehet.'],
  ['tr', 'Hizmetimize içerik yüklediğinizde, bize bu içeriği kullanmak için dünya çapında ve ücretsiz bir lisans vermiş olursunuz. Bu koşulları her zaman değiştirebiliriz ve bunu size e-posta ile bildiririz.'],
  ['id', 'Dengan mengunggah konten ke layanan kami, anda memberikan kami lisensi yang berlaku di seluruh dunia dan bebas royalti untuk menggunakannya. Kami dapat mengubah ketentuan ini kapan saja.'],
  ['vi', 'Khi bạn tải nội dung lên dịch vụ của chúng tôi, bạn cấp cho chúng tôi một giấy phép toàn cầu và miễn phí để sử dụng nội dung đó. Chúng tôi có thể thay đổi các điều khoản này bất cứ lúc nào.'],
  ['ru', 'Размещая контент на нашем сервисе, вы предоставляете нам всемирную бесплатную лицензию на его использование. Мы можем изменить эти условия в любое время и сообщим вам об этом по почте.'],
  ['uk', 'Розміщуючи контент на нашому сервісі, ви надаєте нам всесвітню безоплатну ліцензію на його використання. Ми можемо змінити ці умови в будь-який час і повідомимо вас про це.'],
  ['bg', 'Като публикувате съдържание в нашата услуга, вие ни предоставяте световен и безплатен лиценз да го използваме. Можем да променим тези условия по всяко време и ще ви уведомим за това.'],
  ['el', 'Δημοσιεύοντας περιεχόμενο στην υπηρεσία μας, μας παραχωρείτε παγκόσμια και δωρεάν άδεια χρήσης του. Μπορούμε να αλλάξουμε αυτούς τους όρους οποιαδήποτε στιγμή.'],
  ['ar', 'عند نشر المحتوى على خدمتنا، فإنك تمنحنا ترخيصًا عالميًا ومجانيًا لاستخدامه. يجوز لنا تغيير هذه الشروط في أي وقت وسنبلغك بذلك عبر البريد الإلكتروني.'],
  ['fa', 'با بارگذاری محتوا در سرویس ما، شما به ما مجوزی جهانی و رایگان برای استفاده از آن می‌دهید. ما می‌توانیم این شرایط را در هر زمان تغییر دهیم.'],
  ['he', 'בהעלאת תוכן לשירות שלנו אתה מעניק לנו רישיון עולמי וללא תמלוגים להשתמש בו. אנו רשאים לשנות תנאים אלה בכל עת ונודיע לך על כך בדואר אלקטרוני.'],
  ['hi', 'हमारी सेवा पर सामग्री अपलोड करके आप हमें उसका उपयोग करने के लिए एक विश्वव्यापी और निःशुल्क लाइसेंस देते हैं। हम इन शर्तों को किसी भी समय बदल सकते हैं और आपको ईमेल से सूचित करेंगे।'],
  ['bn', 'আমাদের পরিষেবায় কনটেন্ট আপলোড করে আপনি আমাদের তা ব্যবহারের জন্য একটি বিশ্বব্যাপী ও বিনামূল্যের লাইসেন্স দেন। আমরা যেকোনো সময় এই শর্তাবলী পরিবর্তন করতে পারি।'],
  ['ta', 'எங்கள் சேவையில் உள்ளடக்கத்தைப் பதிவேற்றுவதன் மூலம், அதைப் பயன்படுத்த உலகளாவிய இலவச உரிமத்தை எங்களுக்கு வழங்குகிறீர்கள்.'],
  ['th', 'เมื่อคุณอัปโหลดเนื้อหาไปยังบริการของเรา คุณให้สิทธิ์แก่เราในการใช้เนื้อหานั้นทั่วโลกโดยไม่มีค่าใช้จ่าย เราอาจเปลี่ยนแปลงข้อกำหนดเหล่านี้ได้ทุกเมื่อ'],
  ['ja', '本サービスにコンテンツを投稿することにより、お客様は当社に対し、それを世界中で無償で利用するライセンスを付与するものとします。当社は本規約をいつでも変更できます。'],
  ['zh', '您在本服务上发布内容，即授予我们在全球范围内免费使用该内容的许可。我们可以随时修改本条款，并将通过电子邮件通知您。'],
  ['ko', '서비스에 콘텐츠를 게시하면 귀하는 당사에 해당 콘텐츠를 전 세계에서 무료로 사용할 수 있는 라이선스를 부여합니다. 당사는 언제든지 본 약관을 변경할 수 있습니다.'],
];

const ENGLISH: Array<[string, string, string?]> = [
  ['plain terms', 'By uploading your songs you grant us a worldwide licence to host them, and we may change these terms at any time.'],
  ['lower-cased and tokenised', "you wo n't be able to use the service if you do n't accept these terms , and `` content '' means what you post ."],
  ['a short line with no clear sign', 'Terms of Service'],
  ['a product name and a date', 'Tunewave 2026'],
  ['an empty text', ''],
  ['numbers and symbols', '§ 4.2 (a) — 100 % — 2026-03-01'],
  ['with a language menu', 'English Deutsch Français Español Italiano Português Nederlands Polski Русский 日本語 中文 한국어 हिन्दी العربية\n\nThese terms explain what you agree to when you use Tunewave. You keep the rights to your music, and we may use it only to run the service.'],
  ['a lang hint that is wrong', 'We may share information about you with our service providers and advertising partners when you use the service.', 'fr'],
  ['half English, half French', 'You grant us a licence to host your content and to show it to other users of the service. We may change these terms at any time. Vous nous accordez une licence pour héberger votre contenu.'],
  ['a menu of English nouns', 'Home Products Pricing Blog Careers Press Contact Login Sign up Terms Privacy Cookies Help Center Status Developers API Partners Affiliates Community Forum Events Webinars Guides Templates Con Die'],
  ['a Latin-script address line', 'Example Ltd, Synergy House, Mill Road, Woodley RG5 3LE'],
];

describe('detectLanguage', () => {
  it.each(NOT_ENGLISH)('%s: reads a terms paragraph as its language', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it.each(ENGLISH)('en: %s', (_name, text, hint) => {
    expect(detectLanguage(text, hint)).toBe('en');
  });

  it.each([
    ['pt-BR', 'pt'],
    ['nb', 'no'],
    ['uk', 'uk'],
  ])('the lang hint %s settles a close call between similar languages', (hint, code) => {
    // Short and shared between two languages of one family or script; the page's own attribute decides.
    const close: Record<string, string> = {
      pt: 'Os dados que você publica são usados para operar o serviço e para o melhorar.',
      no: 'Vi kan endre vilkårene og vi vil gi deg beskjed om det på e-post.',
      uk: 'Ми можемо змінити ці умови і повідомимо вас про це.',
    };
    expect(detectLanguage(close[code]!, hint)).toBe(code);
  });

  it('does not let the lang hint make an English text foreign, nor a foreign text English', () => {
    expect(detectLanguage(ENGLISH[0]![1], 'de')).toBe('en');
    expect(detectLanguage(NOT_ENGLISH[1]![1], 'en')).toBe('de');
  });

  it('finds the language of a long text from a sample, quickly', () => {
    const german = NOT_ENGLISH.find(([c]) => c === 'de')![1];
    const text = Array.from({ length: 4000 }, () => german).join('\n\n'); // about 100,000 words
    const started = performance.now();
    expect(detectLanguage(text)).toBe('de');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('returns only codes the popup can name', () => {
    for (const [code] of NOT_ENGLISH) expect(LANGUAGE_CODES).toContain(code);
    expect(LANGUAGE_CODES.every((c) => /^[a-z]{2}$/.test(c))).toBe(true);
  });
});

const CORPUS = join(import.meta.dirname, '../../../../shared/corpus');
describe.skipIf(!existsSync(CORPUS))('detectLanguage on real English terms (../shared/corpus)', () => {
  it('reads every ai-clauses document as English', () => {
    const dir = join(CORPUS, 'ai-clauses/docs');
    const wrong = readdirSync(dir).filter((f) => detectLanguage(readFileSync(join(dir, f), 'utf8')) !== 'en');
    expect(wrong).toEqual([]);
  });

  it('reads every lower-cased, tokenised unfair-tos sentence as English', () => {
    const lines = readFileSync(join(CORPUS, 'unfair-tos/dev.jsonl'), 'utf8').trim().split('\n');
    const wrong = lines.map((l) => (JSON.parse(l) as { text: string }).text).filter((t) => detectLanguage(t) !== 'en');
    expect(wrong).toEqual([]);
  });
});
if (!existsSync(CORPUS)) console.log(`[language] ${CORPUS} is absent: the real-terms checks are skipped.`);
