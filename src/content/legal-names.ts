// Names of legal documents in languages other than English, for the probe (legal-page.ts). The probe's
// legal-word density is English, so a French "Conditions générales d'utilisation" page at an address like
// /conditions would otherwise never be recognised, and would never be told apart as unsupported-language.
// Only a title or heading that *begins* with such a name counts ("Politique de confidentialité – Partitio",
// "Conditions générales de Partitio"), so a news story about "sa politique de confidentialité" does not.

const NAMES = [
  // French
  "conditions générales", "conditions d'utilisation", "conditions d’utilisation", 'politique de confidentialité',
  'charte de confidentialité', 'politique de protection des données',
  // German
  'allgemeine geschäftsbedingungen', 'nutzungsbedingungen', 'datenschutzerklärung', 'datenschutzhinweise',
  'datenschutzrichtlinie',
  // Spanish, Portuguese, Italian, Catalan
  'términos y condiciones', 'términos de uso', 'términos del servicio', 'condiciones de uso', 'condiciones generales',
  'política de privacidad', 'aviso de privacidad', 'termos de uso', 'termos de serviço', 'termos e condições',
  'política de privacidade', 'termini e condizioni', 'termini di servizio', "termini d'uso", 'condizioni generali',
  'informativa sulla privacy', 'informativa privacy',
  // Dutch, Nordic, Polish, Czech, Romanian, Turkish, Indonesian
  'algemene voorwaarden', 'gebruiksvoorwaarden', 'privacybeleid', 'privacyverklaring', 'användarvillkor',
  'integritetspolicy', 'brugsvilkår', 'privatlivspolitik', 'vilkår for bruk', 'personvernerklæring', 'käyttöehdot',
  'tietosuojaseloste', 'regulamin', 'warunki korzystania', 'polityka prywatności', 'podmínky použití',
  'zásady ochrany osobních údajů', 'termeni și condiții', 'politica de confidențialitate', 'kullanım koşulları',
  'gizlilik politikası', 'syarat dan ketentuan', 'kebijakan privasi',
  // Cyrillic, Greek, Arabic, Hebrew, Indic, East Asian
  'пользовательское соглашение', 'политика конфиденциальности', 'условия использования', 'умови використання',
  'політика конфіденційності', 'όροι χρήσης', 'πολιτική απορρήτου', 'شروط الاستخدام', 'سياسة الخصوصية',
  'תנאי שימוש', 'מדיניות פרטיות', 'गोपनीयता नीति', 'उपयोग की शर्तें', 'सेवा की शर्तें', 'নিয়ম ও শর্তাবলী',
  '利用規約', 'プライバシーポリシー', '個人情報保護方針', '隐私政策', '隱私權政策', '服务条款', '服務條款', '用户协议',
  '使用条款', '이용약관', '개인정보처리방침', '개인정보 처리방침',
];

/** Title separators: "Politique de confidentialité | Partitio" has two parts, either of which may be the name. */
const SEPARATOR = /\s[|–—·:-]\s|\s*[|｜]\s*/;

export function namesForeignLegalDocument(text: string): boolean {
  return text
    .slice(0, 200)
    .split(SEPARATOR)
    .some((part) => {
      const start = part.trim().toLowerCase();
      return NAMES.some((name) => start.startsWith(name));
    });
}
