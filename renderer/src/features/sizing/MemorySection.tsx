import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/model/workshop';
import type { MemoryEstimate, MemoryInput, Precision } from '../../../../shared/sizing';
import { GB, modelPresets, precisions } from '../../../../shared/sizing';
import { formatNumber } from './format';
import { NumberField } from './NumberField';
import { gpuPresets } from './sizing-inputs';

interface MemorySectionProps {
  input: MemoryInput;
  estimate: MemoryEstimate;
  onChange: (input: MemoryInput) => void;
}

/** GPU memory for a model size and precision: weights plus the KV cache for a context and concurrency. */
export function MemorySection({ input, estimate, onChange }: MemorySectionProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const set = (patch: Partial<MemoryInput>) => onChange({ ...input, ...patch });
  const preset = modelPresets.find((m) => m.parametersB === input.parametersB && m.layers === input.layers && m.kvHeads === input.kvHeads && m.headDim === input.headDim);
  const gpu = gpuPresets.find((g) => g.memoryGB === input.gpuMemoryGB);
  const gb = (bytes: number) => formatNumber(bytes / GB, lang);

  return (
    <section className="sizing-section" aria-labelledby="sizing-memory">
      <h3 id="sizing-memory">{t('sizing.memory.title')}</h3>
      <div className="sizing-grid">
        <label className="field">
          <span>{t('sizing.memory.model')}</span>
          <select
            value={preset?.key ?? ''}
            onChange={(e) => {
              const m = modelPresets.find((p) => p.key === e.target.value);
              if (m) set({ parametersB: m.parametersB, layers: m.layers, kvHeads: m.kvHeads, headDim: m.headDim });
            }}
          >
            {!preset && <option value="">{t('sizing.memory.customModel')}</option>}
            {modelPresets.map((m) => (
              <option key={m.key} value={m.key}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <NumberField label={t('sizing.memory.parameters')} unit={t('sizing.units.billion')} value={input.parametersB} onChange={(v) => set({ parametersB: v })} />
        <NumberField label={t('sizing.memory.layers')} value={input.layers} step={1} onChange={(v) => set({ layers: Math.round(v) })} />
        <NumberField label={t('sizing.memory.kvHeads')} value={input.kvHeads} step={1} onChange={(v) => set({ kvHeads: Math.round(v) })} />
        <NumberField label={t('sizing.memory.headDim')} value={input.headDim} step={1} onChange={(v) => set({ headDim: Math.round(v) })} />
        <PrecisionSelect label={t('sizing.memory.weightPrecision')} value={input.weightPrecision} onChange={(v) => set({ weightPrecision: v })} />
        <PrecisionSelect label={t('sizing.memory.kvPrecision')} value={input.kvPrecision} onChange={(v) => set({ kvPrecision: v })} />
        <NumberField label={t('sizing.memory.context')} unit={t('sizing.units.tokens')} step={1} value={input.contextTokens} onChange={(v) => set({ contextTokens: Math.round(v) })} />
        <NumberField label={t('sizing.memory.concurrency')} step={1} value={input.concurrency} onChange={(v) => set({ concurrency: Math.round(v) })} />
        <NumberField label={t('sizing.memory.overhead')} unit="%" value={Math.round(input.overhead * 100)} onChange={(v) => set({ overhead: v / 100 })} />
        <label className="field">
          <span>{t('sizing.memory.gpu')}</span>
          <select value={gpu?.key ?? ''} onChange={(e) => set({ gpuMemoryGB: gpuPresets.find((g) => g.key === e.target.value)?.memoryGB ?? input.gpuMemoryGB })}>
            {!gpu && <option value="">{t('sizing.memory.customGpu')}</option>}
            {gpuPresets.map((g) => (
              <option key={g.key} value={g.key}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <NumberField label={t('sizing.memory.gpuMemory')} unit="GB" value={input.gpuMemoryGB} onChange={(v) => set({ gpuMemoryGB: v })} />
        <NumberField label={t('sizing.memory.usable')} unit="%" value={Math.round(input.usableFraction * 100)} onChange={(v) => set({ usableFraction: Math.min(v, 100) / 100 })} />
      </div>
      <dl className="sizing-results" aria-live="polite">
        <div>
          <dt>{t('sizing.memory.weights')}</dt>
          <dd>{gb(estimate.weightsBytes)} GB</dd>
        </div>
        <div>
          <dt>{t('sizing.memory.kvCache')}</dt>
          <dd>
            {gb(estimate.kvCacheBytes)} GB <small>({t('sizing.memory.perToken', { kb: formatNumber(estimate.kvBytesPerToken / 1024, lang) })})</small>
          </dd>
        </div>
        <div>
          <dt>{t('sizing.memory.total')}</dt>
          <dd>{gb(estimate.totalBytes)} GB</dd>
        </div>
        <div className="headline">
          <dt>{t('sizing.memory.gpus')}</dt>
          <dd>{Number.isFinite(estimate.gpus) ? t('sizing.memory.gpuCount', { count: estimate.gpus, memory: input.gpuMemoryGB }) : t('sizing.memory.noGpu')}</dd>
        </div>
      </dl>
      <div className="sizing-formulas">
        <h4>{t('sizing.formulasUsed')}</h4>
        <ul>
          <li>{t('sizing.memory.formulaWeights')}</li>
          <li>{t('sizing.memory.formulaKv')}</li>
          <li>{t('sizing.memory.formulaTotal')}</li>
          <li>{t('sizing.memory.formulaGpus')}</li>
        </ul>
        <p className="hint">{t('sizing.memory.caveat')}</p>
      </div>
    </section>
  );
}

function PrecisionSelect({ label, value, onChange }: { label: string; value: Precision; onChange: (p: Precision) => void }) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value as Precision)}>
        {precisions.map((p) => (
          <option key={p} value={p}>
            {p.toUpperCase()}
          </option>
        ))}
      </select>
    </label>
  );
}
