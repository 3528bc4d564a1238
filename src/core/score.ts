// Findings -> grade, headline, key points, licence card. The grade is a sum of plain risk points (see
// README "What it finds"): each thing a platform can do with your work adds points; protections remove one.
import { PLATFORM_LIMITS } from './rules/ai-restriction';
import { TIER2_CATEGORIES, type Finding, type Grade, type LicenceCard, type Summary } from './types';
import { languageName } from './language';
import { andList, attrLabel } from './attr-labels';

const LICENCE_ORDER = ['worldwide', 'perpetual', 'irrevocable', 'exclusive', 'non-exclusive', 'royalty-free', 'sublicensable', 'transferable', 'derivative-works', 'commercial', 'survives-deletion'];

export interface RiskPoint {
  points: number;
  why: string;
}

export function summarize(findings: readonly Finding[]): Summary {
  const counts: Summary['counts'] = {};
  for (const f of findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
  const licence = licenceCard(findings);
  const dangerousCombination = isDangerous(findings);
  const risks = riskPoints(findings, licence, dangerousCombination);
  const total = Math.max(0, risks.reduce((n, r) => n + r.points, 0));
  return { grade: gradeFor(total), headline: headline(findings, licence), points: keyPoints(findings, licence, dangerousCombination), licence, counts, dangerousCombination };
}

/** A text that was not read (not English): no findings, a headline that says so, `read: false`. The grade is
 *  what no findings score, kept only because contract 1 requires a letter; UIs show none when `read` is false. */
export function unreadSummary(language: string): Summary {
  const headline = `Not read: this text is in ${languageName(language)}, and Fine Print reads English terms only for now.`;
  return { grade: 'A', headline, points: [], licence: { attrs: [], grantees: [] }, counts: {}, dangerousCombination: false, read: false };
}

/** 0 points A, 1-2 B, 3-4 C, 5-6 D, 7 or more E. */
export function gradeFor(points: number): Grade {
  if (points <= 0) return 'A';
  if (points <= 2) return 'B';
  if (points <= 4) return 'C';
  if (points <= 6) return 'D';
  return 'E';
}

const of = (findings: readonly Finding[], category: string) => findings.filter((f) => f.category === category);

/** Training is "default on" unless every training clause needs the user's opt-in. */
function trainingMode(findings: readonly Finding[]): 'none' | 'opt-in' | 'opt-out' | 'on' {
  const training = of(findings, 'ai-training');
  if (training.length === 0) return 'none';
  if (training.every((f) => f.attrs.includes('opt-in'))) return 'opt-in';
  if (training.every((f) => f.attrs.includes('opt-out'))) return 'opt-out';
  return 'on';
}

export function riskPoints(findings: readonly Finding[], licence: LicenceCard, dangerous: boolean): RiskPoint[] {
  const out: RiskPoint[] = [];
  const mode = trainingMode(findings);
  if (mode !== 'none') out.push({ points: mode === 'on' ? 3 : mode === 'opt-out' ? 2 : 1, why: `AI training (${mode})` });
  if (of(findings, 'content-license').length > 0) {
    const has = (...names: string[]) => names.some((n) => licence.attrs.includes(n));
    out.push({ points: 1, why: 'a licence over your content' });
    if (has('perpetual', 'irrevocable')) out.push({ points: 1, why: 'the licence is perpetual or irrevocable' });
    if (has('sublicensable', 'transferable', 'exclusive')) out.push({ points: 1, why: 'the licence can be passed on or is exclusive' });
    if (has('survives-deletion')) out.push({ points: 1, why: 'the licence survives deletion' });
  }
  if (of(findings, 'rights-waiver').length > 0) out.push({ points: 1, why: 'name, likeness or moral-rights waiver' });
  if (of(findings, 'third-party-sharing').length > 0) out.push({ points: 1, why: 'sharing with third parties' });
  if (of(findings, 'unilateral-change').length > 0) out.push({ points: 1, why: 'terms can change unilaterally' });
  if (dangerous) out.push({ points: 1, why: 'they can add AI training later and bind you by continued use' });
  if (mode === 'none' && platformLimits(findings).length > 0) out.push({ points: -1, why: 'a promise or limit on AI use' });
  const trouble = troublePoint(findings);
  if (trouble) out.push(trouble);
  return out;
}

/**
 * Tier 2 ("if something goes wrong") counts lightly: never more than one point, and only for what takes away
 * a remedy: forced arbitration, or three or more of the seven kinds (liability, termination, removal ...).
 */
export function troublePoint(findings: readonly Finding[]): RiskPoint | null {
  const found = TIER2_CATEGORIES.filter((c) => of(findings, c).length > 0);
  if (found.includes('arbitration')) return { points: 1, why: 'disputes go to arbitration, not a court' };
  if (found.length >= 3) return { points: 1, why: `${found.length} terms that decide what happens when something goes wrong` };
  return null;
}

/** Limits on what the platform does with your content; bans on scrapers or on building rival models protect the site, not you. */
function platformLimits(findings: readonly Finding[]): Finding[] {
  return of(findings, 'ai-restriction').filter((f) => f.attrs.some((a) => PLATFORM_LIMITS.has(a)));
}

/** Unilateral change + acceptance by continued use + AI training: they can widen AI use and you are bound. */
function isDangerous(findings: readonly Finding[]): boolean {
  const change = of(findings, 'unilateral-change');
  return of(findings, 'ai-training').length > 0 && change.some((f) => f.rule !== 'unilateral-change.continued-use-is-acceptance' || f.attrs.includes('any-time')) && change.some((f) => f.attrs.includes('continued-use'));
}

export function licenceCard(findings: readonly Finding[]): LicenceCard {
  const licences = of(findings, 'content-license');
  const attrs = new Set(licences.flatMap((f) => f.attrs));
  if (attrs.has('exclusive') && attrs.has('non-exclusive')) attrs.delete('non-exclusive');
  const grantees = new Set<string>();
  for (const { text } of licences) {
    if (/\b(?:grants?|give|provide)\s+(?:to\s+)?(?:us|[A-Z][\w&-]*)\b|\bwe may\b|\bfor us\b/.test(text)) grantees.add('the platform');
    if (/\b(?:other|each other|all other) users?\b|\bthe public\b/i.test(text)) grantees.add('other users');
    if (/\baffiliates?\b/i.test(text)) grantees.add('its affiliates');
    if (/\bpartners?\b|\bother companies\b|\borgani[sz]ations\b/i.test(text)) grantees.add('partners and other companies');
    if (/\bsub-?licens/i.test(text)) grantees.add('anyone they pass it on to');
  }
  if (licences.length > 0 && grantees.size === 0) grantees.add('the platform');
  return { attrs: LICENCE_ORDER.filter((a) => attrs.has(a)), grantees: [...grantees] };
}

function licencePhrase(licence: LicenceCard): string {
  const shown = licence.attrs.filter((a) => ['worldwide', 'perpetual', 'irrevocable', 'exclusive', 'sublicensable'].includes(a));
  return shown.length > 0 ? `a ${shown.join(', ')} licence` : 'a licence';
}

function headline(findings: readonly Finding[], licence: LicenceCard): string {
  const mode = trainingMode(findings);
  const hasLicence = of(findings, 'content-license').length > 0;
  const keeps = hasLicence ? `, and keeps ${licencePhrase(licence)} to it` : '';
  // The dangerous combination has its own warning and key point: the headline says what is allowed today.
  if (mode === 'on') return `Lets them use your content to train AI${keeps}.`;
  if (mode === 'opt-out') return `Uses your content to train AI unless you opt out${keeps}.`;
  if (mode === 'opt-in') return `Trains AI on your content only if you opt in${keeps}.`;
  const limits = platformLimits(findings);
  if (limits.length > 0) {
    const promise = limits.some((f) => f.rule === 'ai-restriction.promise-not-to-train');
    const generative = limits.some((f) => /\bgenerative\b/i.test(f.text)) ? 'generative ' : '';
    const consent = limits.some((f) => f.rule === 'ai-restriction.consent-required' || /\bconsent|opt[- ]?in\b/i.test(f.text)) ? ' without your consent' : '';
    const lead = promise ? `Promises not to train ${generative}AI on your content${consent}` : 'Limits AI use of your content';
    return hasLicence ? `${lead}, but keeps ${licencePhrase(licence)} to it.` : `${lead}.`;
  }
  if (hasLicence) return `No AI-training clause found, but you grant ${licencePhrase(licence)} to what you upload.`;
  if (findings.length > 0) return 'No AI-training or licence clause found; other clauses worth a look are highlighted.';
  return 'No clauses about AI training or rights over your content found.';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function keyPoints(findings: readonly Finding[], licence: LicenceCard, dangerous: boolean): string[] {
  const points: string[] = [];
  const training = of(findings, 'ai-training');
  if (training.length > 0) {
    const optOut = training.some((f) => f.attrs.includes('opt-out')) ? ' (you can opt out)' : '';
    points.push(`${plural(training.length, 'clause lets', 'clauses let')} them use your content or data to train AI${optOut}.`);
  }
  if (dangerous) points.push('They can add AI training later and keep using your work: the terms change on their own and continued use counts as acceptance.');
  const protective = platformLimits(findings).length;
  if (protective > 0) points.push(`${plural(protective, 'clause limits', 'clauses limit')} AI use of your content (shown in green).`);
  if (of(findings, 'content-license').length > 0) {
    const attrs = licence.attrs.length > 0 ? ` The licence: ${licence.attrs.map(attrLabel).join(', ')}.` : '';
    points.push(`You give a licence to your content to ${andList(licence.grantees)}.${attrs}`);
  }
  if (of(findings, 'rights-waiver').length > 0) points.push('They may use your name, likeness, voice or logo, or you give up moral rights and credit.');
  const sharing = of(findings, 'third-party-sharing').length;
  if (sharing > 0) points.push(`${plural(sharing, 'clause shares', 'clauses share')} your content or data with others (partners, providers, authorities).`);
  const change = of(findings, 'unilateral-change').length;
  if (change > 0 && !dangerous) points.push(`${plural(change, 'clause lets', 'clauses let')} them change the terms or service on their own.`);
  return points.slice(0, 5);
}
