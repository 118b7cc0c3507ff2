import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enBundle as en, zhBundle as zhCN } from '../../../renderer/src/i18n/bundles';
import { errorCodes } from '../../../shared/result';
import { cardColors, stageKinds } from '../../../shared/model/workshop';
import { templateIds } from '../../../shared/model/templates';

type Tree = { [key: string]: string | Tree };

/** Every leaf key, with plural suffixes folded: English has `_one`/`_other`, Chinese only `_other`. */
function keys(tree: Tree, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.add(path.replace(/_(zero|one|two|few|many|other)$/, ''));
    else for (const inner of keys(value, path)) out.add(inner);
  }
  return out;
}

function leaves(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : leaves(v)));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('translations', () => {
  const enKeys = keys(en as Tree);
  const zhKeys = keys(zhCN as Tree);

  it('English and Chinese have exactly the same keys', () => {
    expect([...zhKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('has no empty strings', () => {
    expect(leaves(en as Tree).filter((s) => !s.trim())).toEqual([]);
    expect(leaves(zhCN as Tree).filter((s) => !s.trim())).toEqual([]);
  });

  it('translates every key the renderer asks for by name', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('renderer/src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9.-]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('translates every key built from model values (errors, board kinds, colours, templates)', () => {
    const built = [
      ...errorCodes.map((c) => `errors.${c}`),
      ...stageKinds.map((k) => `boardKinds.${k}`),
      ...cardColors.map((c) => `colors.${c}`),
      ...templateIds.flatMap((id) => [`templates.${id}.name`, `templates.${id}.description`]),
    ];
    expect(built.filter((k) => !enKeys.has(k) || !zhKeys.has(k))).toEqual([]);
  });

  it('Chinese strings are Chinese, not copied English', () => {
    const untranslated = [...zhKeys].filter((k) => {
      const value = k.split('.').reduce<unknown>((t, part) => (t as Tree)?.[part] ?? (t as Tree)?.[`${part}_other`], zhCN);
      return typeof value === 'string' && /^[\x20-\x7e]+$/.test(value) && !/^\{\{|English|简体中文/.test(value);
    });
    expect(untranslated).toEqual([]);
  });
});
