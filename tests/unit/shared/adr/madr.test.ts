import { describe, expect, it } from 'vitest';
import { concatenateMadr, exportMadr, madrFileName, madrSlug, parseMadr, serializeMadr, madrContext, splitMadr } from '../../../../shared/adr/madr';
import { planMadrImport } from '../../../../shared/adr/madr-import';
import { applyCommand } from '../../../../shared/commands';
import type { Adr, Workshop } from '../../../../shared/model/workshop';
import { workshopSchema } from '../../../../shared/model/workshop';
import { bankWorkshop } from '../bank-workshop';

const adr = (extra: Partial<Adr> = {}): Adr => ({
  id: 'adr-onprem',
  number: 1,
  title: '推理服务部署在行内 K8s 集群',
  status: 'accepted',
  supersededBy: null,
  date: '2025-03-18',
  deciders: ['王丽', '张伟', 'Li Wei (李伟)'],
  context: '客户数据不得离开行内网络。\n\n坐席需要 1.5 秒内得到回答（P95）。\n## Decision Drivers\n这一行像标题，但它是正文。',
  driverCriterionIds: ['k-privacy', 'k-latency'],
  drivers: '监管检查：回答必须可追溯。\n- 运维团队只熟悉 K8s',
  options: [
    { id: 'o1', title: 'RAG + 7B 小模型', matrixOptionId: 'o-rag', pros: '数据不出行\n延迟低', cons: '长答案质量一般' },
    { id: 'o2', title: '托管 API "GPT"', matrixOptionId: null, pros: '', cons: '数据出境，合规不通过' },
  ],
  chosenOptionId: 'o1',
  outcome: '唯一满足“数据不出行”硬性要求的方案。\n第二段：试点后复评。',
  consequences: '* 好处：合规\n* 代价：需要采购 4 张 GPU',
  matrixStageId: 'st-tech',
  linkedCardIds: ['c-systems', 'c-kb'],
  ...extra,
});

const withAdrs = (...adrs: Adr[]): Workshop => ({ ...bankWorkshop(), adrs });
let n = 0;
const makeId = () => `new${++n}`;

describe('MADR file names', () => {
  it('use an ASCII slug of the Latin words, or "decision" for a title without any', () => {
    expect(madrFileName(1, '推理服务部署在行内 K8s 集群')).toBe('0001-k8s.md');
    expect(madrFileName(12, 'Use RAG + a 7B model first')).toBe('0012-use-rag-a-7b-model-first.md');
    expect(madrFileName(3, '先做检索增强，不做微调')).toBe('0003-decision.md');
    expect(madrSlug('Café déjà vu')).toBe('cafe-deja-vu');
    expect(madrSlug('../../etc/passwd')).toBe('etc-passwd');
  });
});

describe('MADR export', () => {
  it('writes the MADR sections, metadata and the names of linked criteria and pain points', () => {
    const doc = withAdrs(adr());
    const text = serializeMadr(doc.adrs[0]!, madrContext(doc));
    expect(text.startsWith('---\nstatus: "accepted"\ndate: "2025-03-18"\ndecision-makers: ["王丽","张伟","Li Wei (李伟)"]\n')).toBe(true);
    const headings = text.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# 推理服务部署在行内 K8s 集群',
      '## Context and Problem Statement',
      '## Decision Drivers',
      '## Considered Options',
      '## Decision Outcome',
      '### Consequences',
      '## Pros and Cons of the Options',
      '### RAG + 7B 小模型',
      '### 托管 API "GPT"',
      '## More Information',
    ]);
    expect(text).toContain('\\## Decision Drivers\n这一行像标题');
    expect(text).toContain('* 数据隐私 / data privacy\n* 推理延迟 latency');
    expect(text).toContain('Chosen option: "RAG + 7B 小模型", because 唯一满足');
    expect(text).toContain('* Good, because 数据不出行\n* Good, because 延迟低\n* Bad, because 长答案质量一般');
    expect(text).toContain('Pain points behind this decision:');
  });

  it('writes a record pre-filled from the matrix (bulleted pros and cons) as MADR bullets', () => {
    const fromMatrix = adr({ options: [{ id: 'o1', title: 'RAG + 7B 小模型', matrixOptionId: 'o-rag', pros: '- 数据隐私: 数据不出行\n- 推理延迟: P95 0.9 s', cons: '- 可解释性: 评分 2' }] });
    const doc = withAdrs(fromMatrix);
    const text = serializeMadr(fromMatrix, madrContext(doc));
    expect(text).toContain('* Good, because 数据隐私: 数据不出行\n* Good, because 推理延迟: P95 0.9 s\n* Bad, because 可解释性: 评分 2');
    const back = parseMadr('0001-k8s.md', text, makeId);
    expect(back.ok && back.value.adr.options[0]).toMatchObject({ pros: '数据隐私: 数据不出行\n推理延迟: P95 0.9 s', cons: '可解释性: 评分 2', matrixOptionId: 'o-rag' });
  });

  it('numbers the files and names what superseded a record', () => {
    const doc = withAdrs(adr({ status: 'superseded', supersededBy: 'adr-2' }), adr({ id: 'adr-2', number: 2, title: 'Hybrid retrieval 混合检索', options: [], chosenOptionId: null }));
    const files = exportMadr(doc);
    expect(files.map((f) => f.fileName)).toEqual(['0001-k8s.md', '0002-hybrid-retrieval.md']);
    expect(files[0]?.text).toContain('status: "superseded by [ADR-0002](0002-hybrid-retrieval.md)"');
  });
});

describe('MADR round trip', () => {
  it('reads back every field of a Chinese record it wrote', () => {
    const original = adr();
    const doc = withAdrs(original);
    const parsed = parseMadr('0001-k8s.md', serializeMadr(original, madrContext(doc)), makeId);
    expect(parsed.ok && parsed.value).toEqual({ adr: original, number: 1, supersededByNumber: null });
  });

  it('round-trips the minimal record and the concatenated download', () => {
    const empty: Adr = { ...adr(), context: '', drivers: '', driverCriterionIds: [], options: [], chosenOptionId: null, outcome: '', consequences: '', deciders: [], linkedCardIds: [], matrixStageId: null, status: 'proposed' };
    const doc = withAdrs(adr(), { ...empty, id: 'adr-2', number: 2 });
    const split = splitMadr('all.md', concatenateMadr(exportMadr(doc)));
    expect(split.map((f) => f.fileName)).toEqual(['0001-k8s.md', '0002-k8s.md']);
    const back = split.map((f) => parseMadr(f.fileName, f.text, makeId));
    expect(back.map((r) => r.ok && r.value.adr)).toEqual(doc.adrs);
  });

  it('imports its own export as updates, and records from other tools as new, numbered after', () => {
    const doc = withAdrs(adr(), adr({ id: 'adr-2', number: 2, status: 'proposed', options: [], chosenOptionId: null, title: '旧记录' }));
    const files = exportMadr(doc).map((f) => ({ ...f, text: f.text.replace('# 推理服务部署在行内 K8s 集群', '# 推理服务部署在行内 K8s 集群（评审后）') }));
    const foreign = '---\nstatus: superseded by ADR-0001\ndate: 2024-01-02\ndeciders: 王丽, 张伟\n---\n# 使用公有云 API\n\n## Context and Problem Statement\n\n早期方案。\n\n## Considered Options\n\n* 公有云 API\n* 自建\n\n## Decision Outcome\n\nChosen option: "公有云 API", because 上线快。\n';
    const plan = planMadrImport(doc, [...files, { fileName: '0009-public-api.md', text: foreign }, { fileName: 'notes.md', text: 'just notes' }], makeId);
    expect([plan.added, plan.updated]).toEqual([1, 2]);
    expect(plan.failed).toEqual([{ fileName: 'notes.md', error: expect.objectContaining({ code: 'invalid' }) }]);
    const after = plan.commands.reduce(applyCommand, doc);
    expect(workshopSchema.safeParse(after).success).toBe(true);
    expect(after.adrs.map((a) => [a.number, a.title, a.status])).toEqual([
      [1, '推理服务部署在行内 K8s 集群（评审后）', 'accepted'],
      [2, '旧记录', 'proposed'],
      [3, '使用公有云 API', 'superseded'],
    ]);
    const imported = after.adrs[2]!;
    expect(imported.supersededBy).toBe('adr-onprem');
    expect(imported.deciders).toEqual(['王丽', '张伟']);
    expect(imported.options.map((o) => o.title)).toEqual(['公有云 API', '自建']);
    expect(imported.chosenOptionId).toBe(imported.options[0]?.id);
    expect(imported.outcome).toBe('上线快。');
  });

  it('refuses what is not a MADR record, too large, or would not fit the schema', () => {
    expect(parseMadr('a.md', 'no heading here', makeId)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(parseMadr('a.md', `# x\n${'长'.repeat(2_000_000)}`, makeId)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    const hostile = '---\n__proto__: {"polluted": true}\ngroundwork-id: "../../etc"\n---\n# <script>alert(1)</script>\n';
    const parsed = parseMadr('0001-x.md', hostile, makeId);
    expect(parsed.ok && parsed.value.adr.title).toBe('<script>alert(1)</script>');
    expect(parsed.ok && parsed.value.adr.id).not.toBe('../../etc');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
