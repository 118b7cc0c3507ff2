/**
 * GPU memory for serving a model: weights plus the KV cache, plus a margin for activations and the
 * runtime. Pure arithmetic, in bytes; the sizing panel shows these formulas next to the numbers.
 *
 *   weights  = parameters × bytes per parameter
 *   kvCache  = 2 (K and V) × layers × KV heads × head dim × bytes per KV element × context × concurrency
 *   total    = (weights + kvCache) × (1 + overhead)
 *   GPUs     = ⌈ total ÷ (GPU memory × usable fraction) ⌉
 */

export const precisions = ['fp32', 'bf16', 'fp16', 'fp8', 'int8', 'int4'] as const;
export type Precision = (typeof precisions)[number];

export const bytesPerParameter: Record<Precision, number> = { fp32: 4, bf16: 2, fp16: 2, fp8: 1, int8: 1, int4: 0.5 };

/** The shape of a decoder-only transformer that the KV cache depends on (from its config.json). */
export interface ModelShape {
  /** Parameters, in billions. */
  parametersB: number;
  layers: number;
  /** Key/value heads (fewer than attention heads with grouped-query attention). */
  kvHeads: number;
  headDim: number;
}

export interface MemoryInput extends ModelShape {
  weightPrecision: Precision;
  kvPrecision: Precision;
  /** Tokens per sequence (prompt + answer). */
  contextTokens: number;
  /** Sequences served at once. */
  concurrency: number;
  /** Activations, CUDA context, fragmentation: a fraction of weights + KV cache (0.1 = 10 %). */
  overhead: number;
  /** Memory per GPU in GB (10⁹ bytes), e.g. 80 for an A100/H100 80 GB, 24 for an RTX 4090. */
  gpuMemoryGB: number;
  /** Share of a GPU's memory the server may use (vLLM's default gpu_memory_utilization is 0.9). */
  usableFraction: number;
}

export interface MemoryEstimate {
  weightsBytes: number;
  kvBytesPerToken: number;
  kvCacheBytes: number;
  totalBytes: number;
  gpus: number;
}

export const GB = 1e9;

/** Bytes of KV cache one token occupies across all layers. */
export function kvBytesPerToken(shape: Pick<ModelShape, 'layers' | 'kvHeads' | 'headDim'>, kvPrecision: Precision): number {
  return 2 * shape.layers * shape.kvHeads * shape.headDim * bytesPerParameter[kvPrecision];
}

export function estimateMemory(input: MemoryInput): MemoryEstimate {
  const weightsBytes = input.parametersB * 1e9 * bytesPerParameter[input.weightPrecision];
  const perToken = kvBytesPerToken(input, input.kvPrecision);
  const kvCacheBytes = perToken * input.contextTokens * input.concurrency;
  const totalBytes = (weightsBytes + kvCacheBytes) * (1 + input.overhead);
  const usable = input.gpuMemoryGB * GB * input.usableFraction;
  const gpus = usable > 0 ? Math.ceil(totalBytes / usable) : Number.POSITIVE_INFINITY;
  return { weightsBytes, kvBytesPerToken: perToken, kvCacheBytes, totalBytes, gpus };
}

/**
 * Shapes of widely deployed open-weight models, from their published config.json files
 * (num_hidden_layers, num_key_value_heads, hidden_size ÷ num_attention_heads).
 */
export const modelPresets: readonly ({ key: string; name: string } & ModelShape)[] = [
  { key: 'qwen2.5-7b', name: 'Qwen2.5-7B-Instruct', parametersB: 7.6, layers: 28, kvHeads: 4, headDim: 128 },
  { key: 'qwen2.5-14b', name: 'Qwen2.5-14B-Instruct', parametersB: 14.7, layers: 48, kvHeads: 8, headDim: 128 },
  { key: 'qwen2.5-32b', name: 'Qwen2.5-32B-Instruct', parametersB: 32.5, layers: 64, kvHeads: 8, headDim: 128 },
  { key: 'qwen2.5-72b', name: 'Qwen2.5-72B-Instruct', parametersB: 72.7, layers: 80, kvHeads: 8, headDim: 128 },
  { key: 'llama-3.1-8b', name: 'Llama-3.1-8B-Instruct', parametersB: 8.0, layers: 32, kvHeads: 8, headDim: 128 },
  { key: 'llama-3.1-70b', name: 'Llama-3.1-70B-Instruct', parametersB: 70.6, layers: 80, kvHeads: 8, headDim: 128 },
  { key: 'llama-2-7b', name: 'Llama-2-7B', parametersB: 6.74, layers: 32, kvHeads: 32, headDim: 128 },
  { key: 'mistral-7b', name: 'Mistral-7B-Instruct-v0.3', parametersB: 7.25, layers: 32, kvHeads: 8, headDim: 128 },
];
