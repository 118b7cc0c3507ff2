import { describe, expect, it } from 'vitest';
import { buildHandout } from '../../../renderer/src/export/pdf/build-handout';
import { renderHandout } from '../../../renderer/src/export/pdf/render-handout';
import { chineseWorkshop } from '../../mocks/chinese-workshop';
import { nodeFonts } from '../../mocks/pdf-fonts';

describe('rendering a handout', () => {
  const handout = buildHandout(chineseWorkshop(), { language: 'en', preset: 'handout', paper: 'a4', generatedAt: '2026-01-16T10:00:00.000+08:00' });

  it('reports progress step by step up to done', () => {
    const steps: [number, number][] = [];
    renderHandout(handout, nodeFonts(), { onProgress: (done, total) => steps.push([done, total]) });
    const total = handout.sections.length + 2;
    expect(steps[0]).toEqual([1, total]);
    expect(steps.at(-1)).toEqual([total, total]);
    expect(steps.map(([done]) => done)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
  });

  it('stops when cancelled, with the reason', () => {
    const controller = new AbortController();
    let seen = 0;
    const run = () =>
      renderHandout(handout, nodeFonts(), {
        signal: controller.signal,
        onProgress: (done) => {
          seen = done;
          if (done === 3) controller.abort(new Error('cancelled by the user'));
        },
      });
    expect(run).toThrow('cancelled by the user');
    expect(seen).toBe(3);
  });
});
