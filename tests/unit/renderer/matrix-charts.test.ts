import { describe, expect, it } from 'vitest';
import { barChartGeometry, defaultBarLayout } from '../../../renderer/src/features/matrix/charts/bar-geometry';
import { radarGeometry } from '../../../renderer/src/features/matrix/charts/radar-geometry';
import { clip } from '../../../renderer/src/features/matrix/charts/BarChart';

/** The chart geometry the screen and the PDF export both draw from: plain numbers, checked here. */

describe('bar chart geometry', () => {
  const g = barChartGeometry([
    { label: 'RAG', value: 86.4 },
    { label: 'LoRA', value: 43.2 },
    { label: 'Cloud', value: 37.4, muted: true },
    { label: 'Odd', value: 130 },
  ]);

  it('draws bars proportional to the value on a 0–100 axis, clamped', () => {
    const full = g.plot.width;
    expect(g.rows.map((r) => r.barWidth / full)).toEqual([0.864, 0.432, 0.374, 1].map((x) => expect.closeTo(x, 12)));
    expect(g.rows.every((r) => r.barX === defaultBarLayout.labelWidth)).toBe(true);
    expect(g.rows[2]?.muted).toBe(true);
  });

  it('stacks rows without overlap and leaves room for the axis', () => {
    g.rows.forEach((r, i) => {
      expect(r.y).toBe(i * defaultBarLayout.rowHeight);
      expect(r.barY + r.barHeight).toBeLessThanOrEqual(r.y + defaultBarLayout.rowHeight);
    });
    expect(g.height).toBe(4 * defaultBarLayout.rowHeight + defaultBarLayout.axisHeight);
    expect(g.ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
    expect(g.ticks.at(-1)?.x).toBeCloseTo(g.plot.x + g.plot.width, 9);
  });
});

describe('radar chart geometry', () => {
  const g = radarGeometry(['quality', 'cost', 'latency', 'residency'], [{ label: 'RAG', values: [1, 0.5, null, 0] }], 600, 150);

  it('starts straight up and goes clockwise, one spoke per criterion', () => {
    expect(g.axes).toHaveLength(4);
    expect(g.axes[0]).toMatchObject({ x: g.center.x, y: g.center.y - g.radius, anchor: 'middle' });
    expect(g.axes[1]).toMatchObject({ x: g.center.x + g.radius, anchor: 'start' });
    expect(g.axes[3]?.anchor).toBe('end');
  });

  it('puts each value at its fraction of the radius; missing and 0 at the centre', () => {
    const [top, right, bottom, left] = g.series[0]!.vertices;
    expect(top).toEqual({ x: g.center.x, y: g.center.y - g.radius });
    expect(right?.x).toBeCloseTo(g.center.x + g.radius / 2, 2);
    expect(bottom).toEqual(g.center);
    expect(left).toEqual(g.center);
    expect(g.series[0]?.points.split(' ')).toHaveLength(4);
    expect(g.rings.map((r) => r.level)).toEqual([0.25, 0.5, 0.75, 1]);
    expect(g.height).toBeLessThan(g.width);
  });
});

describe('chart labels', () => {
  it('cut long names by their width: a Chinese character counts for about two Latin letters', () => {
    expect(clip('RAG over Qwen2.5', 16)).toBe('RAG over Qwen2.5');
    expect(clip('托管大模型 API（公有云）', 16)).toBe('托管大模型 API…');
    expect(clip('托管大模型 API（公有云）', 40)).toBe('托管大模型 API（公有云）');
    for (const name of ['托管大模型 API（公有云）', 'Fine-tuned Mistral-7B clause classifier', '微调小模型 Qwen2.5-7B + LoRA']) {
      const cut = Array.from(clip(name, 18));
      const width = cut.reduce((sum, ch) => sum + (/[\u2e80-\ua4cf\uff00-\uff60]/u.test(ch) ? 1.7 : 1), 0);
      expect(width).toBeLessThanOrEqual(18);
    }
  });
});
