import type { Block, Cell, Handout } from '../../renderer/src/export/pdf/handout';
import { pdfText } from '../../renderer/src/export/pdf/strings';

/**
 * The bench's baseline input: the same handout as HTML for Chromium's print-to-PDF, set in the
 * same font (LXGW WenKai regular and bold from the vendored files) with the same page furniture
 * (cover, contents, a page per section, repeated table headers, header and footer with the marking
 * and "page x of n", the bar chart).
 */
const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c).replace(/\n/g, '<br>');

const cellHtml = (cell: Cell): string =>
  typeof cell === 'string' ? escape(cell) : `<span class="swatch" style="background:${cell.swatch}"></span>${escape(cell.text)}`;

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level ?? 2}>${escape(block.text)}</h${block.level ?? 2}>`;
    case 'paragraph':
      return `<p class="${block.tone ?? 'normal'}">${escape(block.text)}</p>`;
    case 'list':
      return `<${block.ordered ? 'ol' : 'ul'}>${block.items.map((i) => `<li>${escape(i)}</li>`).join('')}</${block.ordered ? 'ol' : 'ul'}>`;
    case 'keyValue':
      return `<table class="kv">${block.pairs.map((p) => `<tr><th>${escape(p.key)}</th><td>${escape(p.value)}</td></tr>`).join('')}</table>`;
    case 'table': {
      // Column widths follow the content, as in the PDF (HTML's automatic table layout).
      const head = block.columns.map((c) => `<th>${escape(c.header)}</th>`).join('');
      const rows = block.rows.map((r) => `<tr>${r.map((c) => `<td>${cellHtml(c)}</td>`).join('')}</tr>`).join('');
      return `<table class="grid"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
    case 'chart': {
      const max = Math.max(1, ...block.bars.map((b) => b.value));
      const bars = block.bars
        .map((b) => `<div class="bar"><span class="label">${escape(b.label)}</span><span class="fill" style="width:${(60 * b.value) / max}%"></span><b>${b.value}</b></div>`)
        .join('');
      return `<figure><figcaption>${escape(block.title)}</figcaption>${bars}</figure>`;
    }
    case 'placement': {
      const quadrants = block.quadrants.map((q) => `<div class="quadrant">${escape(q)}</div>`).join('');
      const dots = block.points
        .map((p) => `<span class="dot" style="left:${p.x * 100}%;top:${(1 - p.y) * 100}%;background:${p.color}">${escape(p.label)}</span>`)
        .join('');
      return `<figure><figcaption>${escape(block.title)}</figcaption><div class="grid2x2">${quadrants}${dots}</div><div>${escape(block.yLabel)} ↑ ${escape(block.xLabel)} →</div></figure>`;
    }
    case 'callout':
      return `<aside class="callout"><small>${escape(block.label)}</small><h2>${escape(block.title)}</h2>${block.lines.map((l) => `<p>${escape(l)}</p>`).join('')}</aside>`;
    case 'totals': {
      const bars = block.bars.map((b) => `<div class="bar"><span class="label">${escape(b.label)}</span><span class="fill" style="width:${(60 * b.value) / block.max}%"></span><b>${escape(b.note ?? String(b.value))}</b></div>`).join('');
      return `<figure><figcaption>${escape(block.title)}</figcaption>${bars}</figure>`;
    }
    case 'radar': {
      const n = Math.max(1, block.axes.length);
      const point = (k: number, r: number) => `${100 + 80 * r * Math.sin((2 * Math.PI * k) / n)},${100 - 80 * r * Math.cos((2 * Math.PI * k) / n)}`;
      const polygons = block.series.map((s) => `<polygon fill="none" stroke="#0b5cad" points="${s.values.map((v, k) => point(k, v ?? 0)).join(' ')}"/>`).join('');
      return `<figure><figcaption>${escape(block.title)}</figcaption><svg viewBox="0 0 200 200" width="300">${polygons}</svg>${block.axes.map(escape).join(' · ')}</figure>`;
    }
    case 'heatmap': {
      const rows = [...block.counts].reverse().map((row, r) => `<tr>${row.map((c, i) => `<td style="background:${block.colors[4 - r]?.[i] ?? '#fff'}">${c || ''}</td>`).join('')}</tr>`).join('');
      return `<figure><figcaption>${escape(block.title)}</figcaption><table class="grid">${rows}</table>${escape(block.yLabel)} ↑ ${escape(block.xLabel)} →</figure>`;
    }
    case 'figure':
      return `<figure><div class="placeholder">${escape(block.placeholder?.label ?? '')}<br>${escape(block.placeholder?.detail ?? '')}</div><figcaption>${escape(block.caption)}</figcaption></figure>`;
  }
}

export function fontFaceCss(regularUrl: string, boldUrl: string): string {
  return `@font-face { font-family: 'WK'; font-weight: 400; src: url('${regularUrl}') format('truetype'); }
@font-face { font-family: 'WK'; font-weight: 700; src: url('${boldUrl}') format('truetype'); }`;
}

const css = `
@page { size: A4; margin: 72pt 62pt 68pt; }
body { font-family: 'WK'; font-size: 10.5pt; line-height: 1.55; color: #1b1f24; margin: 0; }
section { break-before: page; }
.cover { background: #0b5cad; color: #fff; padding: 40pt; height: 300pt; }
.cover h1 { font-size: 28pt; margin: 120pt 0 0; }
h1 { font-size: 19pt; } h2 { font-size: 13pt; color: #0b5cad; } h3 { font-size: 11.5pt; } h4 { font-size: 10.5pt; color: #5a6570; }
p.muted { color: #5a6570; font-size: 9pt; } p.lead { font-size: 12pt; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.45; }
table.grid thead { display: table-header-group; background: #eef2f6; }
table.grid th { text-align: left; border-bottom: 1.2pt solid #0b5cad; padding: 4pt 5pt; }
table.grid td { border-bottom: 0.5pt solid #c9d1da; padding: 4pt 5pt; vertical-align: top; }
table.grid tr { break-inside: avoid; }
table.kv th { text-align: left; color: #5a6570; width: 25%; }
.swatch { display: inline-block; width: 7pt; height: 7pt; margin-right: 5pt; }
.bar { display: flex; align-items: center; gap: 6pt; font-size: 8.5pt; }
.bar .label { width: 30%; text-align: right; } .bar .fill { background: #3a7bc8; height: 11pt; display: inline-block; }
.grid2x2 { position: relative; width: 300pt; height: 300pt; display: grid; grid-template-columns: 1fr 1fr; break-inside: avoid; }
.quadrant { background: #f8fafc; border: 0.6pt solid #c9d1da; font-size: 8.5pt; padding: 4pt; } .quadrant:first-child { background: #e3f3e6; }
.dot { position: absolute; width: 15pt; height: 15pt; border-radius: 50%; font-size: 7.5pt; text-align: center; line-height: 15pt; }
`;

export function handoutHtml(handout: Handout, fontCss: string): string {
  const l = handout.language;
  const cover = `<div class="cover"><div>${escape(handout.organisation ?? '')}</div><h1>${escape(handout.cover.title)}</h1><div>${escape(handout.cover.kicker)}</div></div>
<table class="kv">${handout.cover.facts.map((f) => `<tr><th>${escape(f.label)}</th><td>${escape(f.value)}</td></tr>`).join('')}</table>
<h3>${escape(pdfText(l, 'participants'))}</h3><ul>${handout.cover.participants.map((p) => `<li>${escape(p.name)} ${escape(p.role)}</li>`).join('')}</ul>
<p class="muted">${escape(handout.cover.footnote)}</p>`;
  const contents = `<section><h1>${escape(pdfText(l, 'contents'))}</h1><ol>${handout.sections.map((s) => `<li>${escape(s.title)}</li>`).join('')}</ol></section>`;
  const sections = handout.sections
    .map((s) => `<section><h1>${escape([s.number, s.title].filter(Boolean).join(' '))}</h1>${s.blocks.map(blockHtml).join('\n')}</section>`)
    .join('\n');
  return `<!doctype html><html lang="${l}"><head><meta charset="utf-8"><title>${escape(handout.meta.title)}</title><style>${fontCss}${css}</style></head>
<body>${cover}${contents}${sections}</body></html>`;
}

/** Chromium's header and footer templates: marking, title and "page x of n". */
export function headerFooter(handout: Handout): { headerTemplate: string; footerTemplate: string } {
  const style = "font-family: 'LXGW WenKai'; font-size: 8pt; width: 100%; margin: 0 62pt; display: flex; justify-content: space-between; color: #5a6570;";
  const marking = escape(handout.marking ?? '');
  const pageOf = escape(pdfText(handout.language, 'pageOf', { page: '{page}', total: '{total}' }))
    .replace('{page}', '<span class="pageNumber"></span>')
    .replace('{total}', '<span class="totalPages"></span>');
  return {
    headerTemplate: `<div style="${style}"><span>${escape(handout.organisation ?? handout.meta.title)}</span><span>${marking}</span></div>`,
    footerTemplate: `<div style="${style}"><span>${escape(handout.meta.title)}</span><span>${marking}</span><span>${pageOf}</span></div>`,
  };
}
