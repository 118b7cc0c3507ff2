import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/model/workshop';
import { GB, apiCost, estimateMemory, gpuCost } from '../../../../shared/sizing';
import { Dialog } from '../../app/Dialog';
import type { CostMode } from './CostSection';
import { CostSection } from './CostSection';
import type { SizingFigure } from './CopyToMatrix';
import { CopyToMatrix } from './CopyToMatrix';
import { formatNumber } from './format';
import { MemorySection } from './MemorySection';
import { defaultApiInput, defaultGpuInput, defaultMemoryInput } from './sizing-inputs';
import './sizing.css';

/**
 * The sizing helper (stages 3 and 4): GPU memory and monthly cost, with the formulas shown, and a
 * way to put a figure into the decision matrix. Its inputs are scratch work, not saved; a figure
 * copied into the matrix carries its working as the cell's rationale.
 */
export function SizingPanel({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const [memory, setMemory] = useState(defaultMemoryInput);
  const [mode, setMode] = useState<CostMode>('gpu');
  const [api, setApi] = useState(defaultApiInput);
  const [gpu, setGpu] = useState(defaultGpuInput);
  const [currency, setCurrency] = useState(lang === 'zh-CN' ? '¥' : '$');
  const mem = useMemo(() => estimateMemory(memory), [memory]);
  const cost = mode === 'api' ? apiCost(api) : gpuCost(gpu);
  const money = (v: number) => `${currency} ${formatNumber(v, lang, 2)}`;
  const basis = mode === 'api' ? t('sizing.note.api', { requests: formatNumber(api.requestsPerDay, lang) }) : t('sizing.note.gpu', { gpus: formatNumber(gpu.gpus, lang), price: money(gpu.pricePerGpuHour) });
  const figures: SizingFigure[] = [
    { key: 'per1k', value: cost.per1kRequests, note: t('sizing.note.per1k', { value: cost.per1kRequests === null ? '—' : money(cost.per1kRequests), basis }) },
    { key: 'monthly', value: cost.monthly, note: t('sizing.note.monthly', { value: money(cost.monthly), basis }) },
    { key: 'gpus', value: Number.isFinite(mem.gpus) ? mem.gpus : null, note: t('sizing.note.gpus', { count: mem.gpus, memory: memory.gpuMemoryGB, total: formatNumber(mem.totalBytes / GB, lang) }) },
    { key: 'memoryGB', value: mem.totalBytes / GB, note: t('sizing.note.memory', { total: formatNumber(mem.totalBytes / GB, lang) }) },
  ];

  return (
    <Dialog title={t('sizing.title')} onClose={onClose} className="drawer sizing-panel">
      <div className="sizing-body">
        <p className="hint">{t('sizing.intro')}</p>
        <MemorySection input={memory} estimate={mem} onChange={setMemory} />
        <CostSection mode={mode} onMode={setMode} api={api} gpu={gpu} onApi={setApi} onGpu={setGpu} currency={currency} onCurrency={setCurrency} estimate={cost} />
        <CopyToMatrix figures={figures} />
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('sizing.close')}
        </button>
      </div>
    </Dialog>
  );
}
