import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { MarkdownView } from '../../../renderer/src/features/notes/markdown/MarkdownView';
import { classifyLink, decodeEntities, embeddedImageSource } from '../../../renderer/src/features/notes/markdown/link-policy';
import { parseMarkdown, toggleTask } from '../../../renderer/src/features/notes/markdown/parse-markdown';
import { finishSvg, styleCarrier, svgDataUrl } from '../../../renderer/src/features/notes/diagram/svg-image';
import { mermaidSources } from '../../../renderer/src/features/notes/diagram-image';
import { initI18n } from '../../../renderer/src/i18n';

/** Markdown → React elements: what reaches the DOM is elements we chose, and text. */
const render = (markdown: string) => renderToStaticMarkup(createElement(MarkdownView, { parsed: parseMarkdown(markdown), actions: { openLink: () => undefined, toggleTask: () => undefined } }));

/** Every tag name in the markup: only these may ever appear. */
const allowedTags = new Set(['div', 'p', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'del', 'code', 'pre', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'input', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'button', 'span', 'img', 'figure']);
const tags = (html: string) => [...html.matchAll(/<([a-z0-9]+)[\s>/]/gi)].map((m) => m[1]?.toLowerCase());

beforeAll(async () => {
  await initI18n('zh-CN');
});

describe('Markdown view', () => {
  it('renders GFM: headings under the section title, tables with alignment, task lists, code, strikethrough', () => {
    const html = render('# 推理流程\n\n| 组件 | 延迟 |\n|:--|--:|\n| 检索 | 80 ms |\n\n- [x] GPU 已确认\n- [ ] 压测\n\n~~旧方案~~ `kubectl get pods`\n\n```yaml\nreplicas: 2\n```');
    expect(html).toContain('<h3 class="md-h md-h1">推理流程</h3>');
    expect(html).toContain('<th scope="col" class="md-align-left">组件</th>');
    expect(html).toContain('<td class="md-align-right">80 ms</td>');
    expect(html).toMatch(/<input type="checkbox" aria-label="已完成：GPU 已确认" checked=""\/>/);
    expect(html).toContain('<del>旧方案</del>');
    expect(html).toContain('<pre class="md-code"><code>replicas: 2</code></pre>');
    expect(tags(html).every((t) => allowedTags.has(t ?? ''))).toBe(true);
  });

  it('shows raw HTML as text, never as markup', () => {
    const payloads = ['<img src=x onerror="alert(1)">', '<script>alert(1)</script>', '<svg onload="alert(1)"><circle r="1"/></svg>', '<iframe src="javascript:alert(1)"></iframe>', '<div style="background:url(https://evil.example/x)">x</div>'];
    for (const payload of payloads) {
      for (const markdown of [payload, `inline ${payload} text`, `- item ${payload}`]) {
        const html = render(markdown);
        expect(tags(html).every((t) => allowedTags.has(t ?? '')), `${markdown} → ${html}`).toBe(true);
        expect(html).not.toMatch(/<(script|iframe|svg|img)\b|<[a-z][^>]*\s(on[a-z]+|style|src|href)=/i);
        expect(html).toContain('&lt;');
      }
    }
  });

  it('makes only http(s) links clickable, as buttons; refuses other schemes', () => {
    const html = render('[官网](https://example.com/产品) [x](javascript:alert(1)) [y](data:text/html,<script>alert(1)</script>) [z](file:///etc/passwd) [rel](../secret) <https://example.org>');
    expect(html).toContain('<button type="button" class="md-link" title="https://example.com/%E4%BA%A7%E5%93%81"');
    expect(html).toContain('title="https://example.org/"');
    expect(html.match(/class="md-link"/g)).toHaveLength(2);
    expect(html.match(/class="md-link-refused"/g)).toHaveLength(4);
    expect(html).not.toMatch(/href=|javascript:alert\(1\)"|<a\b/);
  });

  it('shows images only from the note itself; a remote image becomes a link, never fetched', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    const html = render(`![架构图](${png}) ![远程](https://evil.example/track.png) ![本地](/etc/x.png)`);
    expect(html).toContain(`<img class="md-image" src="${png}" alt="架构图"/>`);
    expect(html.match(/<img/g)).toHaveLength(1);
    expect(html).toContain('未加载图片（来自工作坊之外）: 远程');
    expect(html).not.toContain('src="https://');
  });

  it('decodes character references as text', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &#x4e2d;&#25991; &bogus; &#0;')).toBe('a & b <c> 中文 &bogus; \ufffd');
    expect(render('A &amp; B &lt;script&gt;')).toContain('A &amp; B &lt;script&gt;');
  });
});

describe('link and image policy', () => {
  it('accepts plain web addresses only', () => {
    expect(classifyLink('https://example.com/a?b=1')).toEqual({ kind: 'external', url: 'https://example.com/a?b=1' });
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' data:text/html,x', 'vbscript:x', 'file:///c:/x', 'smb://h/s', 'ms-msdt:x', 'https://bank.example@evil.example', '//evil.example', '#top', 'https://']) {
      expect(classifyLink(href).kind, href).toBe('refused');
    }
    expect(embeddedImageSource('data:image/svg+xml;base64,PHN2Zy8+')).not.toBeNull();
    expect(embeddedImageSource('data:text/html;base64,PHN2Zy8+')).toBeNull();
    expect(embeddedImageSource('https://example.com/a.png')).toBeNull();
  });
});

describe('task toggling and diagram sources', () => {
  it('ticks the task the reader clicked, found by its place in the source', () => {
    const source = '## 清单\n\n- [ ] 数据脱敏\n- [x] 去重\n  - [ ] 嵌套\n\n```md\n- [ ] 代码里的不是任务\n```';
    const parsed = parseMarkdown(source);
    const list = parsed.tokens.find((t) => t.type === 'list') as unknown as { items: Parameters<typeof parsed.taskOffsets.get>[0][] };
    const first = parsed.taskOffsets.get(list.items[0]!);
    expect(toggleTask(source, first!)).toContain('- [x] 数据脱敏');
    expect(toggleTask(source, parsed.taskOffsets.get(list.items[1]!)!)).toContain('- [ ] 去重');
    expect(toggleTask(source, 3)).toBe(source);
    expect(mermaidSources('a\n\n```mermaid\nflowchart LR\n  A-->B\n```\n\n> ```mermaid\n> pie\n> ```')).toEqual(['flowchart LR\n  A-->B', 'pie']);
  });

  it('makes Mermaid output a stand-alone SVG image with its style inside and a size of its own', () => {
    const markup = `<svg id="m1" width="100%" xmlns="http://www.w3.org/2000/svg" viewBox="-8 -8 316.5 120" ${styleCarrier}="max-width: 316px;"><g ${styleCarrier}="fill:red"><text>坐席&nbsp;提问 &lt;b&gt;</text></g></svg>`;
    const image = finishSvg(markup, '#m1 .node rect{fill:#ECECFF;} #m1 > g{}');
    expect(image).toMatchObject({ width: 317, height: 120 });
    expect(image?.svg).toBe('<svg id="m1" xmlns="http://www.w3.org/2000/svg" viewBox="-8 -8 316.5 120" width="317" height="120"><style>#m1 .node rect{fill:#ECECFF;} #m1 &gt; g{}</style><g style="fill:red"><text>坐席&#160;提问 &lt;b&gt;</text></g></svg>');
    expect(finishSvg('<svg width="100%"></svg>', '')).toBeNull();
    expect(atob(svgDataUrl('<svg>中</svg>').split(',')[1] ?? '')).toBe('<svg>\u00e4\u00b8\u00ad</svg>');
  });
});
