import { describe, expect, it } from 'vitest';
import { enBundle, zhBundle } from '../../../renderer/src/i18n/bundles';
import { riskCategories } from '../../../shared/model/workshop';
import { complianceChecklist, levelBands, mitigationLibrary, ratings, riskLevels, riskStatuses } from '../../../shared/risks';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: unknown, key: string) => key.split('.').reduce<unknown>((t, part) => (t as Tree | undefined)?.[part], tree);

/** The risk board builds these keys from model values, so the literal-key test cannot see them. */
describe('risk board translations', () => {
  const built = [
    ...riskCategories.map((c) => `risks.category.${c}`),
    ...riskStatuses.map((s) => `risks.status.${s}`),
    ...riskLevels.map((l) => `risks.level.${l}`),
    ...ratings.flatMap((r) => [`risks.likelihoodScale.${r}`, `risks.impactScale.${r}`]),
    ...(['card', 'option', 'adr'] as const).flatMap((k) => [`risks.links.kind.${k}`, `risks.links.group.${k}`]),
    ...[...new Set(complianceChecklist.map((i) => i.region))].map((r) => `risks.compliance.region.${r}`),
  ];

  it('has every key built from a model value in both languages', () => {
    for (const bundle of [enBundle, zhBundle]) expect(built.filter((k) => typeof lookup(bundle, k) !== 'string')).toEqual([]);
  });

  it('levels and bands agree, and the library is not empty', () => {
    expect(levelBands.map((b) => b.level)).toEqual([...riskLevels]);
    expect(mitigationLibrary.length).toBeGreaterThan(5);
  });
});
