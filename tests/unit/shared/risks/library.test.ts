import { describe, expect, it } from 'vitest';
import { limits } from '../../../../shared/model/limits';
import { riskCategories, riskSchema, workshopSchema } from '../../../../shared/model/workshop';
import { complianceChecklist, complianceDisclaimer, complianceRiskExists, mitigationGroupsFor, mitigationLibrary, riskFromCompliance } from '../../../../shared/risks';
import { applyCommand } from '../../../../shared/commands';
import { bankWorkshop } from '../bank-workshop';

const languages = ['en', 'zh-CN'] as const;
const hasChinese = (s: string) => /[\u4e00-\u9fff]/.test(s);

describe('mitigation library', () => {
  it('has every text in both languages, Chinese in Chinese, keys unique', () => {
    const keys = mitigationLibrary.flatMap((g) => g.entries.map((e) => `${g.key}/${e.key}`));
    expect(new Set(keys).size).toBe(keys.length);
    for (const group of mitigationLibrary) {
      for (const lang of languages) expect(group.name[lang].trim(), group.key).not.toBe('');
      expect(hasChinese(group.name['zh-CN'])).toBe(true);
      for (const entry of group.entries) {
        for (const lang of languages) expect(entry.text[lang].trim().length, entry.key).toBeGreaterThan(8);
        expect(hasChinese(entry.text['zh-CN']), entry.key).toBe(true);
        expect(entry.text.en.length).toBeLessThan(limits.shortChars);
      }
    }
  });

  it('covers the risks the method names, with the methods it names', () => {
    const groups = new Set(mitigationLibrary.map((g) => g.key));
    for (const key of ['technical', 'compute', 'privacy', 'explainability', 'scenario-fit', 'hallucination', 'compliance']) expect(groups.has(key as never), key).toBe(true);
    const keysOf = (group: string) => mitigationLibrary.find((g) => g.key === group)?.entries.map((e) => e.key);
    expect(keysOf('explainability')).toEqual(expect.arrayContaining(['interpretable-model', 'feature-importance', 'local-explanations', 'visualisation', 'expert-review', 'feedback-loop']));
    expect(keysOf('compute')).toEqual(expect.arrayContaining(['quantisation', 'smaller-model', 'batching', 'caching']));
    expect(keysOf('privacy')).toEqual(expect.arrayContaining(['on-prem', 'de-identification', 'access-control', 'audit-logs']));
    expect(keysOf('technical')).toEqual(expect.arrayContaining(['spike', 'staged-rollout']));
    expect(keysOf('scenario-fit')).toEqual(expect.arrayContaining(['narrow-pilot', 'human-in-the-loop']));
    expect(keysOf('hallucination')).toEqual(expect.arrayContaining(['rag-citations', 'evaluation-set']));
    expect(mitigationLibrary.find((g) => g.key === 'explainability')?.entries.some((e) => /SHAP/.test(e.text.en) && /LIME/.test(e.text['zh-CN']))).toBe(true);
  });

  it('shows the groups for a risk category first, and every group for any category', () => {
    for (const category of riskCategories) {
      const groups = mitigationGroupsFor(category);
      expect(groups).toHaveLength(mitigationLibrary.length);
      if (category !== 'custom') expect(groups[0]?.category).toBe(category);
    }
  });
});

describe('compliance checklist', () => {
  it('is marked as prompts, not legal advice, in both languages', () => {
    expect(complianceDisclaimer.en).toMatch(/not legal advice/);
    expect(complianceDisclaimer['zh-CN']).toMatch(/不构成法律意见/);
  });

  it('names the Chinese rules and the EU ones, every question in both languages', () => {
    const zh = complianceChecklist.map((i) => i.regulation['zh-CN'] + i.title['zh-CN']).join('\n');
    for (const name of ['生成式人工智能服务管理暂行办法', '大模型备案', '算法备案', '互联网信息服务算法推荐管理规定', '个人信息保护法', '数据安全法', '等级保护 2.0', '深度合成']) expect(zh).toContain(name);
    const en = complianceChecklist.map((i) => i.regulation.en + i.question.en).join('\n');
    for (const name of ['GDPR', 'Artificial Intelligence Act', 'high-risk', 'PIPL', 'Data Security Law']) expect(en).toContain(name);
    for (const entry of complianceChecklist) {
      for (const lang of languages) {
        expect(entry.question[lang], entry.key).toMatch(/[?？]$/);
        expect(entry.title[lang].trim()).not.toBe('');
      }
      expect(hasChinese(entry.question['zh-CN'])).toBe(true);
    }
    expect(new Set(complianceChecklist.map((i) => i.key)).size).toBe(complianceChecklist.length);
    expect(new Set(complianceChecklist.map((i) => i.region))).toEqual(new Set(['cn', 'eu']));
  });

  it('turns a question into a valid, unrated compliance risk in the workshop language', () => {
    for (const entry of complianceChecklist) {
      for (const lang of languages) {
        const risk = riskFromCompliance(entry, `r-${entry.key}`, lang);
        expect(riskSchema.safeParse(risk).success).toBe(true);
        expect(risk).toMatchObject({ category: 'compliance', likelihood: null, impact: null, status: 'open', title: entry.title[lang] });
        expect(risk.description).toContain(entry.question[lang]);
        expect(risk.description).toContain(entry.regulation[lang]);
      }
    }
    const entry = complianceChecklist[0]!;
    const doc = applyCommand(bankWorkshop(), { type: 'risk/add', stageId: 'st-risks', risk: riskFromCompliance(entry, 'r-c1', 'zh-CN') });
    expect(workshopSchema.safeParse(doc).success).toBe(true);
    const stage = doc.stages.find((s) => s.id === 'st-risks');
    expect(stage?.kind === 'risks' && complianceRiskExists(stage.risks, entry)).toBe(true);
    expect(complianceRiskExists([], entry)).toBe(false);
  });
});
