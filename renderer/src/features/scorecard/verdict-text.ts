import type { TFunction } from 'i18next';
import type { RuleResult, ScorecardDimension, Verdict } from '../../../../shared/scorecard';

/** Names joined the way the language joins them ("A, B and C" / "A、B和C"). */
export function joinNames(names: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}

/** A dimension's name, or "dimension 3" while it has none. */
export function dimensionName(t: TFunction, dimensions: readonly ScorecardDimension[], d: ScorecardDimension): string {
  return d.name.trim() || t('scorecard.dimensions.itemLabel', { number: dimensions.indexOf(d) + 1 });
}

/** The verdict in words: Go / Pilot first / No-go / Not yet decided. */
export const verdictLabel = (t: TFunction, verdict: Verdict | null): string => t(`scorecard.verdict.${verdict ?? 'none'}`);

/** Why the rule decided as it did, naming the decisive (or still missing) dimensions. */
export function reasonText(t: TFunction, language: string, rule: RuleResult, dimensions: readonly ScorecardDimension[]): string {
  if (dimensions.length === 0) return t('scorecard.verdict.noDimensions');
  const names = joinNames(
    rule.decisive.map((d) => dimensionName(t, dimensions, d)),
    language,
  );
  if (rule.reason === 'clear') return rule.decisive.length > 0 ? t('scorecard.reasons.clearWithAmber', { names }) : t('scorecard.reasons.clear');
  return t(`scorecard.reasons.${rule.reason}`, { names });
}
