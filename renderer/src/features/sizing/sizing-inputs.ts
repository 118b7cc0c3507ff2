import type { ApiCostInput, GpuCostInput, MemoryInput } from '../../../../shared/sizing';
import { modelPresets } from '../../../../shared/sizing';

/** GPUs a facilitator is likely to be asked about, by memory (GB). */
export const gpuPresets = [
  { key: 'rtx4090', name: 'RTX 4090 · 24 GB', memoryGB: 24 },
  { key: 'l20', name: 'L20 / L40S · 48 GB', memoryGB: 48 },
  { key: 'a100-80', name: 'A100 / H100 / H800 · 80 GB', memoryGB: 80 },
  { key: 'h20', name: 'H20 · 96 GB', memoryGB: 96 },
  { key: 'h200', name: 'H200 · 141 GB', memoryGB: 141 },
  { key: 'ascend910b', name: 'Ascend 910B · 64 GB', memoryGB: 64 },
] as const;

const qwen72b = modelPresets.find((m) => m.key === 'qwen2.5-72b') ?? modelPresets[0]!;

export const defaultMemoryInput: MemoryInput = {
  parametersB: qwen72b.parametersB,
  layers: qwen72b.layers,
  kvHeads: qwen72b.kvHeads,
  headDim: qwen72b.headDim,
  weightPrecision: 'bf16',
  kvPrecision: 'bf16',
  contextTokens: 8192,
  concurrency: 8,
  overhead: 0.1,
  gpuMemoryGB: 80,
  usableFraction: 0.9,
};

export const defaultApiInput: ApiCostInput = {
  requestsPerDay: 10_000,
  inputTokens: 1500,
  outputTokens: 300,
  inputPricePerM: 2,
  outputPricePerM: 6,
  daysPerMonth: 30,
};

export const defaultGpuInput: GpuCostInput = { gpus: 2, hoursPerDay: 24, pricePerGpuHour: 20, daysPerMonth: 30, requestsPerDay: 10_000 };

/** A number typed into a field: empty or invalid input counts as 0, negatives are not allowed. */
export function parseAmount(text: string): number {
  const value = Number(text.replace(/[,，\s]/g, ''));
  return Number.isFinite(value) && value > 0 ? value : 0;
}
