import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../cli/command';
import { main } from '../../../cli/main';
import { parseMadr } from '../../../shared/adr/madr';
import { serializeWorkshop } from '../../../shared/model/codec';
import type { Adr } from '../../../shared/model/workshop';
import { useTempDirs } from '../../mocks/temp-dir';
import { bankWorkshop } from '../shared/bank-workshop';

/** `npx groundwork export-adr <file> --out <dir>` through the command line's main(). */
const tempDir = useTempDirs('groundwork-cli-adr-');

async function exportAdr(...args: string[]) {
  const outLines: string[] = [];
  const errLines: string[] = [];
  const io: CliIo = { out: (l) => void outLines.push(l), err: (l) => void errLines.push(l) };
  const status = await main(['export-adr', ...args], io);
  return { status, out: outLines.join('\n'), err: errLines.join('\n') };
}

const record = (id: string, number: number, title: string): Adr => ({
  id, number, title, status: 'accepted', supersededBy: null, date: '2025-03-18', deciders: ['王丽'], context: '数据不得出行。',
  driverCriterionIds: ['k-privacy'], drivers: '', options: [{ id: `${id}-o1`, title: 'RAG + 7B 小模型', matrixOptionId: 'o-rag', pros: '成本低', cons: '' }],
  chosenOptionId: `${id}-o1`, outcome: '唯一合规的方案。', consequences: '采购 GPU。', matrixStageId: 'st-tech', linkedCardIds: ['c-kb'],
});

describe('groundwork export-adr', () => {
  it('writes one MADR file per record, numbered, into a new folder', async () => {
    const dir = await tempDir();
    const file = path.join(dir, '智能客服.groundwork');
    const doc = { ...bankWorkshop(), adrs: [record('adr-a', 1, '推理服务部署在行内 K8s 集群'), record('adr-b', 2, '先做检索增强，不做微调')] };
    await fsp.writeFile(file, serializeWorkshop(doc));
    const out = path.join(dir, 'adr', 'madr');
    const result = await exportAdr(file, '--out', out);
    expect(result).toMatchObject({ status: 0, err: '' });
    expect(result.out).toContain('2 decision records of “智能客服落地工作坊” written as MADR');
    expect((await fsp.readdir(out)).sort()).toEqual(['0001-k8s.md', '0002-decision.md']);
    const text = await fsp.readFile(path.join(out, '0001-k8s.md'), 'utf8');
    expect(text).toContain('# 推理服务部署在行内 K8s 集群\n\n## Context and Problem Statement\n\n数据不得出行。');
    const back = parseMadr('0001-k8s.md', text, () => 'x');
    expect(back.ok && back.value.adr).toEqual(doc.adrs[0]);
  });

  it('fails with a clear message and status 1 on a file that is not a workshop', async () => {
    const dir = await tempDir();
    const bad = path.join(dir, 'bad.groundwork');
    await fsp.writeFile(bad, '{"schemaVersion": 3, "title": ');
    const result = await exportAdr(bad, '--out', path.join(dir, 'out'));
    expect(result.status).toBe(1);
    expect(result.err).toMatch(/^groundwork export-adr: .*bad\.groundwork: The file is damaged or incomplete: it is not valid JSON/);
    await expect(fsp.access(path.join(dir, 'out'))).rejects.toThrow();
    const missing = await exportAdr(path.join(dir, 'nope.groundwork'), '--out', dir);
    expect(missing.status).toBe(1);
    expect(missing.err).toContain('was not found');
  });

  it('explains its usage with status 2', async () => {
    expect(await exportAdr()).toMatchObject({ status: 2, err: expect.stringContaining('usage: groundwork export-adr <file.groundwork> --out <folder>') });
    expect((await exportAdr('a.groundwork')).err).toContain('give --out');
    expect((await exportAdr('a.groundwork', '--out', 'x', '--zip')).err).toContain('unknown option --zip');
  });

  it('writes nothing for a workshop without records', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'w.groundwork');
    await fsp.writeFile(file, serializeWorkshop(bankWorkshop()));
    const result = await exportAdr(file, '--out=madr');
    expect(result).toMatchObject({ status: 0, out: expect.stringContaining('has no decision records') });
  });
});
