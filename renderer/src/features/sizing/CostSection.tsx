import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/model/workshop';
import type { ApiCostInput, CostEstimate, GpuCostInput } from '../../../../shared/sizing';
import { formatNumber } from './format';
import { NumberField } from './NumberField';

export type CostMode = 'api' | 'gpu';

interface CostSectionProps {
  mode: CostMode;
  onMode: (mode: CostMode) => void;
  api: ApiCostInput;
  gpu: GpuCostInput;
  onApi: (input: ApiCostInput) => void;
  onGpu: (input: GpuCostInput) => void;
  currency: string;
  onCurrency: (currency: string) => void;
  estimate: CostEstimate;
}

/** Monthly cost from requests × tokens × price, or from GPU hours; and per 1,000 requests. */
export function CostSection({ mode, onMode, api, gpu, onApi, onGpu, currency, onCurrency, estimate }: CostSectionProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const money = (v: number) => `${currency} ${formatNumber(v, lang, 2)}`;

  return (
    <section className="sizing-section" aria-labelledby="sizing-cost">
      <h3 id="sizing-cost">{t('sizing.cost.title')}</h3>
      <fieldset className="field sizing-mode">
        <legend>{t('sizing.cost.mode')}</legend>
        {(['api', 'gpu'] as const).map((m) => (
          <label key={m} className="choice inline">
            <input type="radio" name="sizing-cost-mode" checked={mode === m} onChange={() => onMode(m)} /> {t(`sizing.cost.modes.${m}`)}
          </label>
        ))}
      </fieldset>
      <div className="sizing-grid">
        <label className="field">
          <span>{t('sizing.cost.currency')}</span>
          <input value={currency} maxLength={8} onChange={(e) => onCurrency(e.target.value)} />
        </label>
        {mode === 'api' ? (
          <>
            <NumberField label={t('sizing.cost.requestsPerDay')} step={1} value={api.requestsPerDay} onChange={(v) => onApi({ ...api, requestsPerDay: v })} />
            <NumberField label={t('sizing.cost.inputTokens')} step={1} value={api.inputTokens} onChange={(v) => onApi({ ...api, inputTokens: v })} />
            <NumberField label={t('sizing.cost.outputTokens')} step={1} value={api.outputTokens} onChange={(v) => onApi({ ...api, outputTokens: v })} />
            <NumberField label={t('sizing.cost.inputPrice')} unit={currency} value={api.inputPricePerM} onChange={(v) => onApi({ ...api, inputPricePerM: v })} />
            <NumberField label={t('sizing.cost.outputPrice')} unit={currency} value={api.outputPricePerM} onChange={(v) => onApi({ ...api, outputPricePerM: v })} />
            <NumberField label={t('sizing.cost.days')} step={1} value={api.daysPerMonth} onChange={(v) => onApi({ ...api, daysPerMonth: v })} />
          </>
        ) : (
          <>
            <NumberField label={t('sizing.cost.gpus')} step={1} value={gpu.gpus} onChange={(v) => onGpu({ ...gpu, gpus: v })} />
            <NumberField label={t('sizing.cost.hoursPerDay')} value={gpu.hoursPerDay} onChange={(v) => onGpu({ ...gpu, hoursPerDay: Math.min(v, 24) })} />
            <NumberField label={t('sizing.cost.pricePerGpuHour')} unit={currency} value={gpu.pricePerGpuHour} onChange={(v) => onGpu({ ...gpu, pricePerGpuHour: v })} />
            <NumberField label={t('sizing.cost.days')} step={1} value={gpu.daysPerMonth} onChange={(v) => onGpu({ ...gpu, daysPerMonth: v })} />
            <NumberField label={t('sizing.cost.requestsPerDay')} step={1} value={gpu.requestsPerDay} onChange={(v) => onGpu({ ...gpu, requestsPerDay: v })} />
          </>
        )}
      </div>
      <dl className="sizing-results" aria-live="polite">
        <div className="headline">
          <dt>{t('sizing.cost.monthly')}</dt>
          <dd>{money(estimate.monthly)}</dd>
        </div>
        <div>
          <dt>{t('sizing.cost.per1k')}</dt>
          <dd>{estimate.per1kRequests === null ? '—' : money(estimate.per1kRequests)}</dd>
        </div>
      </dl>
      <div className="sizing-formulas">
        <h4>{t('sizing.formulasUsed')}</h4>
        <ul>
          <li>{mode === 'api' ? t('sizing.cost.formulaApi') : t('sizing.cost.formulaGpu')}</li>
          <li>{t('sizing.cost.formulaPer1k')}</li>
        </ul>
      </div>
    </section>
  );
}
