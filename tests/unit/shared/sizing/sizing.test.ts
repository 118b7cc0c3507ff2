import { describe, expect, it } from 'vitest';
import { GB, apiCost, averageTokensPerSecond, estimateMemory, gpuCost, kvBytesPerToken, modelPresets } from '../../../../shared/sizing';

const llama2_7b = modelPresets.find((m) => m.key === 'llama-2-7b')!;
const qwen72b = modelPresets.find((m) => m.key === 'qwen2.5-72b')!;

describe('GPU memory', () => {
  // NVIDIA Technical Blog, "Mastering LLM Techniques: Inference Optimization" (Nov 2023): for Llama 2 7B
  // in 16-bit precision, batch 1, 4,096 tokens, the KV cache is 1 × 4096 × 2 × 32 × 4096 × 2 bytes ≈ 2 GB.
  it('matches the published Llama 2 7B KV-cache example', () => {
    expect(kvBytesPerToken(llama2_7b, 'fp16')).toBe(524_288); // 0.5 MiB per token
    const m = estimateMemory({ ...llama2_7b, weightPrecision: 'fp16', kvPrecision: 'fp16', contextTokens: 4096, concurrency: 1, overhead: 0, gpuMemoryGB: 80, usableFraction: 0.9 });
    expect(m.kvCacheBytes).toBe(1 * 4096 * 2 * 32 * 4096 * 2);
    expect(m.kvCacheBytes / 2 ** 30).toBeCloseTo(2, 6);
    // Weights: 6.74 B parameters × 2 bytes ≈ 13.5 GB, the figure usually quoted for a 7B model in fp16.
    expect(m.weightsBytes / GB).toBeCloseTo(13.48, 2);
    expect(m.gpus).toBe(1);
  });

  it('grouped-query attention shrinks the KV cache by heads ÷ KV heads', () => {
    // Qwen2.5-72B: 80 layers, 8 KV heads of 128 → 2 × 80 × 8 × 128 × 2 = 327,680 bytes per token.
    expect(kvBytesPerToken(qwen72b, 'bf16')).toBe(327_680);
    // Without GQA (64 heads) it would be 8× that.
    expect(kvBytesPerToken({ ...qwen72b, kvHeads: 64 }, 'bf16')).toBe(8 * 327_680);
  });

  it('a 72B model in bf16 serving 16 × 8k contexts needs three 80 GB GPUs; in int4 with one context it fits one', () => {
    const base = { ...qwen72b, kvPrecision: 'bf16' as const, contextTokens: 8192, concurrency: 16, overhead: 0.1, gpuMemoryGB: 80, usableFraction: 0.9 };
    const bf16 = estimateMemory({ ...base, weightPrecision: 'bf16' });
    // (145.4 GB weights + 42.9 GB KV) × 1.1 = 207.2 GB over 72 GB usable per GPU → 3 GPUs.
    expect(bf16.weightsBytes / GB).toBeCloseTo(145.4, 1);
    expect(bf16.kvCacheBytes / GB).toBeCloseTo(42.95, 2);
    expect(bf16.totalBytes / GB).toBeCloseTo(207.18, 1);
    expect(bf16.gpus).toBe(3);
    const int4 = estimateMemory({ ...base, weightPrecision: 'int4', concurrency: 1 });
    expect(int4.gpus).toBe(1);
  });

  it('more of anything never needs fewer GPUs', () => {
    const base = { ...qwen72b, weightPrecision: 'bf16' as const, kvPrecision: 'bf16' as const, contextTokens: 4096, concurrency: 4, overhead: 0.1, gpuMemoryGB: 80, usableFraction: 0.9 };
    const gpus = estimateMemory(base).gpus;
    expect(estimateMemory({ ...base, concurrency: 32 }).gpus).toBeGreaterThanOrEqual(gpus);
    expect(estimateMemory({ ...base, contextTokens: 32_768 }).gpus).toBeGreaterThanOrEqual(gpus);
    expect(estimateMemory({ ...base, gpuMemoryGB: 24 }).gpus).toBeGreaterThanOrEqual(gpus);
  });

  it('no usable memory means no number of GPUs is enough', () => {
    expect(estimateMemory({ ...qwen72b, weightPrecision: 'bf16', kvPrecision: 'bf16', contextTokens: 1, concurrency: 1, overhead: 0, gpuMemoryGB: 0, usableFraction: 0.9 }).gpus).toBe(Infinity);
  });
});

describe('monthly cost', () => {
  it('per-token API pricing: 10,000 requests a day of 1,500 in + 300 out tokens', () => {
    // 300,000 requests × (1,500 × 0.15 + 300 × 0.60) / 1e6 = 300,000 × 0.000405 = 121.5 a month.
    const c = apiCost({ requestsPerDay: 10_000, inputTokens: 1500, outputTokens: 300, inputPricePerM: 0.15, outputPricePerM: 0.6, daysPerMonth: 30 });
    expect(c.monthly).toBeCloseTo(121.5, 9);
    expect(c.per1kRequests).toBeCloseTo(0.405, 9);
  });

  it('rented GPUs: two GPUs around the clock at 2.5 an hour', () => {
    const c = gpuCost({ gpus: 2, hoursPerDay: 24, pricePerGpuHour: 2.5, daysPerMonth: 30, requestsPerDay: 10_000 });
    expect(c.monthly).toBe(3600);
    expect(c.per1kRequests).toBeCloseTo(12, 9);
  });

  it('has no cost per 1,000 requests without requests', () => {
    expect(gpuCost({ gpus: 1, hoursPerDay: 8, pricePerGpuHour: 20, daysPerMonth: 22, requestsPerDay: 0 }).per1kRequests).toBeNull();
  });

  it('average throughput: 86,400 requests of 1,000 tokens a day is 1,000 tokens a second', () => {
    expect(averageTokensPerSecond(86_400, 1000)).toBe(1000);
  });
});
