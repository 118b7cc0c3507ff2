/**
 * Monthly running cost, two ways, and the cost per 1,000 requests that the decision matrix's cost
 * criteria use. Pure arithmetic in whatever currency the prices are given in.
 *
 *   API:  monthly = requests/day × days × (input tokens × input price + output tokens × output price) ÷ 1,000,000
 *   GPU:  monthly = GPUs × hours/day × days × price per GPU-hour
 *   per 1,000 requests = monthly ÷ (requests/day × days) × 1,000
 */

export interface ApiCostInput {
  requestsPerDay: number;
  inputTokens: number;
  outputTokens: number;
  /** Price per million input tokens. */
  inputPricePerM: number;
  /** Price per million output tokens. */
  outputPricePerM: number;
  daysPerMonth: number;
}

export interface GpuCostInput {
  gpus: number;
  hoursPerDay: number;
  pricePerGpuHour: number;
  daysPerMonth: number;
  /** Requests per day served by these GPUs, to express the cost per 1,000 requests. */
  requestsPerDay: number;
}

export interface CostEstimate {
  monthly: number;
  per1kRequests: number | null;
}

function perThousand(monthly: number, requestsPerDay: number, days: number): number | null {
  const requests = requestsPerDay * days;
  return requests > 0 ? (monthly / requests) * 1000 : null;
}

export function apiCost(input: ApiCostInput): CostEstimate {
  const perRequest = (input.inputTokens * input.inputPricePerM + input.outputTokens * input.outputPricePerM) / 1e6;
  const monthly = input.requestsPerDay * input.daysPerMonth * perRequest;
  return { monthly, per1kRequests: perThousand(monthly, input.requestsPerDay, input.daysPerMonth) };
}

export function gpuCost(input: GpuCostInput): CostEstimate {
  const monthly = input.gpus * input.hoursPerDay * input.daysPerMonth * input.pricePerGpuHour;
  return { monthly, per1kRequests: perThousand(monthly, input.requestsPerDay, input.daysPerMonth) };
}

/** Average tokens per second the service must sustain (before any peak factor). */
export function averageTokensPerSecond(requestsPerDay: number, tokensPerRequest: number): number {
  return (requestsPerDay * tokensPerRequest) / 86_400;
}
