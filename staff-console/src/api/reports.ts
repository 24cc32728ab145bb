import {
  AppError,
  ErrorBody,
  SamplingOverview,
  SamplingPeriod,
  type CompareResponse,
  type CreateSamplingPeriodRequest,
  type ReportResponse,
} from '@reception/shared';

async function call(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new AppError('INTERNAL', 'Could not reach the server. Check the connection and try again.');
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) return json;
  const parsed = ErrorBody.safeParse(json);
  throw parsed.success ? AppError.fromBody(parsed.data) : new AppError('INTERNAL', `The server answered ${res.status}. Try again.`);
}

export interface Range {
  from: string;
  to: string;
}

export const reportQuery = (r: Range) => `from=${r.from}&to=${r.to}`;
export const summaryCsvUrl = (r: Range) => `/api/reports/summary.csv?${reportQuery(r)}`;
export const visitsCsvUrl = (r: Range) => `/api/reports/visits.csv?${reportQuery(r)}`;

export async function samplingOverview(): Promise<SamplingOverview> {
  return SamplingOverview.parse(await call('GET', '/api/sampling-periods'));
}

export async function scheduleSamplingWeek(request: CreateSamplingPeriodRequest): Promise<SamplingOverview> {
  const out = (await call('POST', '/api/sampling-periods', request)) as { overview: unknown };
  return SamplingOverview.parse(out.overview);
}

export async function cancelSamplingWeek(id: string): Promise<SamplingOverview> {
  return SamplingOverview.parse(await call('DELETE', `/api/sampling-periods/${encodeURIComponent(id)}`));
}

/** For the banner every console shows during a sampling week; null outside one. */
export async function samplingNow(siteId: string): Promise<SamplingPeriod | null> {
  const out = (await call('GET', `/api/sites/${encodeURIComponent(siteId)}/sampling-now`)) as { current: unknown };
  return out.current === null ? null : SamplingPeriod.parse(out.current);
}

// Report bodies are large and built by the server from the shared report types; they are not re-validated here.
export async function fetchReport(r: Range): Promise<ReportResponse> {
  return (await call('GET', `/api/reports?${reportQuery(r)}`)) as ReportResponse;
}

export async function fetchComparison(earlier: Range, later: Range): Promise<CompareResponse> {
  return (await call('GET', `/api/reports/compare?aFrom=${earlier.from}&aTo=${earlier.to}&bFrom=${later.from}&bTo=${later.to}`)) as CompareResponse;
}
