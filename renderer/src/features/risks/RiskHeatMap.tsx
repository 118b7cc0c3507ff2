import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../../shared/model/ids';
import type { Risk } from '../../../../shared/model/workshop';
import type { HeatMapCell } from '../../../../shared/risks';
import { buildHeatMap, cellKey, ratings } from '../../../../shared/risks';
import { RiskLegend } from './RiskLegend';
import './risks.css';

interface RiskHeatMapProps {
  risks: readonly Risk[];
  /** Each risk's number in the register (#1, #2, …), shown in its cell. */
  numbers: ReadonlyMap<Id, number>;
  /** The chosen cell's key; only with onSelect. */
  selected?: string | null;
  /** Choosing a cell (again: null) filters the register; without it the map is read-only. */
  onSelect?: (key: string | null) => void;
}

/**
 * The 5 × 5 likelihood × impact map of the open risks. Each cell says its count, score and level
 * in words and the numbers of its risks; in the board each cell is a button (arrow keys move
 * between cells) that filters the register to its risks.
 */
export function RiskHeatMap({ risks, numbers, selected = null, onSelect }: RiskHeatMapProps) {
  const { t } = useTranslation();
  const map = buildHeatMap(risks);
  const titles = new Map(risks.map((r) => [r.id, r.title]));
  const firstFull = map.rows.flat().find((c) => c.riskIds.length > 0);
  const [active, setActive] = useState<string | null>(null);
  const focusKey = active ?? selected ?? (firstFull ? cellKey(firstFull.likelihood, firstFull.impact) : cellKey(5, 5));

  const move = (e: KeyboardEvent, cell: HeatMapCell) => {
    const steps: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    let l: number = cell.likelihood;
    let i: number = cell.impact;
    if (e.key in steps) [l, i] = [l + steps[e.key]![0], i + steps[e.key]![1]];
    else if (e.key === 'Home') l = 1;
    else if (e.key === 'End') l = 5;
    else return;
    e.preventDefault();
    const key = cellKey(Math.max(1, Math.min(5, l)), Math.max(1, Math.min(5, i)));
    setActive(key);
    document.getElementById(`risk-cell-${key.replace(':', '-')}`)?.focus();
  };

  const label = (cell: HeatMapCell) =>
    t('risks.heatmap.cellLabel', {
      likelihood: cell.likelihood,
      impact: cell.impact,
      score: cell.score,
      level: t(`risks.level.${cell.level}`),
      count: cell.riskIds.length,
      titles: cell.riskIds.map((id) => `#${numbers.get(id) ?? '?'} ${titles.get(id) ?? ''}`).join('; '),
    });

  /** Visible count, level and numbers; the cell's position and the word "risks" for screen readers. */
  const content = (cell: HeatMapCell) => (
    <>
      <span className="visually-hidden">{t('risks.heatmap.cellPosition', { likelihood: cell.likelihood, impact: cell.impact })} </span>
      <span className="cell-count">{cell.riskIds.length}</span>
      <span className="visually-hidden"> {t('risks.heatmap.riskUnit', { count: cell.riskIds.length })} </span>
      <span className="cell-level">{t('risks.score.value', { score: cell.score, level: t(`risks.level.${cell.level}`) })}</span>
      {cell.riskIds.length > 0 && <span className="cell-ids">{cell.riskIds.map((id) => `#${numbers.get(id) ?? '?'}`).join(' ')}</span>}
    </>
  );

  return (
    <figure className="risk-heatmap">
      <figcaption>{t('risks.heatmap.title')}</figcaption>
      <div className="heatmap-frame">
        <span className="axis-label axis-y" aria-hidden="true">
          {t('risks.field.impact')} ↑
        </span>
        <table className="heatmap-grid">
          <caption className="visually-hidden">{t('risks.heatmap.caption')}</caption>
          <thead>
            <tr>
              <td />
              {ratings.map((l) => (
                <th key={l} scope="col">
                  <abbr title={t(`risks.likelihoodScale.${l}`)}>{l}</abbr>
                  <span className="visually-hidden">{t('risks.heatmap.likelihoodOf', { value: l })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.rows.map((row) => (
              <tr key={row[0]!.impact}>
                <th scope="row">
                  <abbr title={t(`risks.impactScale.${row[0]!.impact}`)}>{row[0]!.impact}</abbr>
                  <span className="visually-hidden">{t('risks.heatmap.impactOf', { value: row[0]!.impact })}</span>
                </th>
                {row.map((cell) => {
                  const key = cellKey(cell.likelihood, cell.impact);
                  const cls = `heatmap-cell level-${cell.level}${cell.riskIds.length === 0 ? ' empty-cell' : ''}${selected === key ? ' selected' : ''}`;
                  return (
                    <td key={key}>
                      {onSelect ? (
                        <button
                          type="button"
                          id={`risk-cell-${key.replace(':', '-')}`}
                          className={cls}
                          tabIndex={key === focusKey ? 0 : -1}
                          aria-pressed={selected === key}
                          title={label(cell)}
                          onClick={() => onSelect(selected === key ? null : key)}
                          onKeyDown={(e) => move(e, cell)}
                          onFocus={() => setActive(key)}
                        >
                          {content(cell)}
                        </button>
                      ) : (
                        <div className={cls} role="img" aria-label={label(cell)}>
                          {content(cell)}
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <span className="axis-label axis-x" aria-hidden="true">
          {t('risks.field.likelihood')} →
        </span>
      </div>
      <RiskLegend />
      {map.unratedIds.length > 0 && <p className="heatmap-note">{t('risks.heatmap.unrated', { count: map.unratedIds.length })}</p>}
      <p className="heatmap-note">{t('risks.heatmap.closedLeftOut')}</p>
    </figure>
  );
}
