import { describe, expect, it } from 'vitest';
import { createWorkshop, llmLandingStages } from '../../../shared/model/templates';
import { languages, workshopSchema } from '../../../shared/model/workshop';

/** The nine-stage template carries a team through the day on its own: goal, prompts, timebox, example, in both languages. */
describe('LLM landing template content', () => {
  const cjk = /[\u4e00-\u9fff]/;

  it.each(llmLandingStages.map((s) => [s.key, s] as const))('stage %s has a goal, 3–5 prompts, a timebox and a worked example in both languages', (_key, stage) => {
    expect(stage.timeboxMinutes).toBeGreaterThanOrEqual(15);
    expect(stage.timeboxMinutes).toBeLessThanOrEqual(120);
    expect(stage.prompts.length).toBeGreaterThanOrEqual(3);
    expect(stage.prompts.length).toBeLessThanOrEqual(5);
    expect(stage.example).toBeDefined();
    for (const text of [stage.goal, ...stage.prompts, stage.example!]) {
      expect(text.en.trim().length, stage.key).toBeGreaterThan(10);
      expect(text.en, `${stage.key}: English text has no Chinese`).not.toMatch(cjk);
      expect(text['zh-CN'], `${stage.key}: Chinese text is Chinese`).toMatch(cjk);
    }
    for (const p of stage.prompts) {
      expect(p.en, `${stage.key}: a prompt is a question or an instruction to the room`).toMatch(/[?.:]$/);
      expect(p['zh-CN']).toMatch(/[？。：]$/);
    }
    expect(new Set(stage.prompts.map((p) => p.en)).size).toBe(stage.prompts.length);
  });

  it('puts goal, prompts and example into a new workshop in its language', () => {
    for (const language of languages) {
      let n = 0;
      const doc = createWorkshop({ template: 'llm-landing', title: 'x', language, now: '2026-03-18T09:00:00+08:00', makeId: () => `i${n++}` });
      expect(workshopSchema.safeParse(doc).success).toBe(true);
      doc.stages.forEach((stage, i) => {
        const t = llmLandingStages[i]!;
        expect(stage.example).toBe(t.example?.[language]);
        expect(stage.prompts).toEqual(t.prompts.map((p) => p[language]));
        expect(stage.goal).toBe(t.goal[language]);
      });
    }
  });

  it('fits a working day: the timeboxes add up to at most 7 hours', () => {
    const total = llmLandingStages.reduce((sum, s) => sum + s.timeboxMinutes, 0);
    expect(total).toBeLessThanOrEqual(7 * 60);
  });
});
