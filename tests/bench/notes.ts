// `npm run bench` (after the web build): a note with 20 Mermaid diagrams, opened in Debian's
// Chromium through Playwright against the web build. Figures: from the click that opens the
// workshop to the first diagram painted, and to all 20; the baseline is the same note with the
// diagrams as plain code blocks (so it measures what drawing the diagrams adds), in the same run.
import type { Browser, Page } from '@playwright/test';
import { createWorkshop } from '../../shared/model/templates';
import type { Workshop } from '../../shared/model/workshop';
import { benchContext, seedWorkshop, withWebApp } from './web-app';
import { compared, median, report } from './results';

const opens = 5;
const diagramCount = 20;

/** Twenty diagrams of the kinds a room draws: inference paths, sequences, a C4-like context. */
function diagram(i: number): string {
  switch (i % 4) {
    case 0:
      return `flowchart LR\n  Q${i}[坐席提问 ${i}] --> R${i}[检索知识库]\n  R${i} --> M${i}{7B 模型}\n  M${i} -->|置信度高| A${i}[回答]\n  M${i} -->|置信度低| H${i}[转人工]`;
    case 1:
      return `sequenceDiagram\n  participant 坐席\n  participant 网关\n  participant 模型\n  坐席->>网关: 问题 ${i}\n  网关->>模型: 检索 + 提示词\n  模型-->>网关: 回答\n  网关-->>坐席: 回答与引用`;
    case 2:
      return `flowchart TD\n  subgraph 行内机房\n    K${i}[K8s 集群] --> G${i}[GPU 节点 x4]\n    K${i} --> V${i}[(向量库)]\n  end\n  U${i}[坐席工作台] --> K${i}`;
    default:
      return `stateDiagram-v2\n  [*] --> 提议\n  提议 --> 试点: 评审通过\n  试点 --> 推广: 指标达标 ${i}\n  试点 --> [*]: 放弃`;
  }
}

function noteWith(fence: 'mermaid' | 'text'): Workshop {
  let n = 0;
  const doc = createWorkshop({ template: 'llm-landing', title: `Notes bench ${fence}`, language: 'zh-CN', now: '2026-11-28T13:30:00.000Z', makeId: () => `nb${fence}${++n}` });
  const markdown = Array.from({ length: diagramCount }, (_, i) => `## 图 ${i + 1}\n\n\`\`\`${fence}\n${diagram(i)}\n\`\`\`\n`).join('\n');
  const stages = doc.stages.map((s) => (s.kind === 'notes' && s.templateKey === 'architecture' ? { ...s, sections: [{ id: `sec-${fence}`, title: '推理流程', markdown }] } : s));
  const current = stages.find((s) => s.kind === 'notes')?.id ?? null;
  return { ...doc, stages, currentStageId: current };
}


/** Click on the workshop → first, and all, blocks of the note shown (images decoded, or code blocks). */
async function open(page: Page, doc: Workshop, selector: string, warm: boolean): Promise<{ first: number; all: number }> {
  await page.goto('/');
  await page.locator('button.workshop-open').first().waitFor();
  // Warm: the app has been open a moment (the facilitator's window preloads the diagram library when idle).
  if (warm) await page.waitForLoadState('networkidle');
  return page.evaluate(
    ([title, wanted, count]) =>
      new Promise<{ first: number; all: number }>((resolve) => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith(title));
        const start = performance.now();
        let first = 0;
        const ready = () => [...document.querySelectorAll<HTMLImageElement>(wanted)].filter((el) => !(el instanceof HTMLImageElement) || (el.complete && el.naturalWidth > 0)).length;
        const check = () => {
          const shown = ready();
          if (shown > 0 && first === 0) first = performance.now() - start;
          if (shown >= count) requestAnimationFrame(() => setTimeout(() => resolve({ first, all: performance.now() - start })));
          else requestAnimationFrame(check);
        };
        button?.click();
        requestAnimationFrame(check);
      }),
    [doc.title, selector, diagramCount] as const,
  );
}

async function measure(browser: Browser, baseURL: string, fence: 'mermaid' | 'text') {
  const context = await benchContext(browser, baseURL, 'zh-CN');
  const page = await context.newPage();
  await page.goto('/');
  const doc = noteWith(fence);
  await seedWorkshop(page, doc);
  const selector = fence === 'mermaid' ? '.note-preview img.diagram-image' : '.note-preview pre.md-code';
  const runs: { first: number; all: number }[] = [];
  for (let i = 0; i < opens; i++) runs.push(await open(page, doc, selector, true));
  const cold = await open(page, doc, selector, false);
  await context.close();
  return { first: median(runs.map((r) => r.first)), all: median(runs.map((r) => r.all)), coldFirst: cold.first };
}

async function main() {
  await withWebApp(4185, async (browser, baseURL) => {
    const code = await measure(browser, baseURL, 'text');
    const diagrams = await measure(browser, baseURL, 'mermaid');
    await report(
      {
        'notes.mermaid20.render_ms': compared(diagrams.all, code.all),
        'notes.mermaid20.first_ms': compared(diagrams.first, code.first),
        'notes.mermaid20.cold_first_ms': compared(diagrams.coldFirst, code.coldFirst),
      },
      {
        'notes.mermaid20.render_ms': 'value <= 1500 ms (open the workshop → all 20 diagrams painted); baseline: the same note with the diagrams as code blocks',
        'notes.mermaid20.first_ms': 'value <= 300 ms (→ first diagram painted, app open a moment); baseline: the first code block of the same note',
        'notes.mermaid20.cold_first_ms': 'reported: the same, clicked at once after a page load (library not yet preloaded)',
      },
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
