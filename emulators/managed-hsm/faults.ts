import type { Reply } from './http.js';

/** Where a fault applies: a method (any when left out) and a path, `*` standing for one path segment. */
export interface RouteMatch {
  method?: string;
  path: string | RegExp;
}

export interface FaultRule extends RouteMatch {
  /** Delay before the request is handled (or dropped). */
  latencyMs?: number;
  /** Answer this instead of handling the request. */
  status?: 429 | 500 | 503;
  /** With `status`: send `Retry-After` (seconds); left out, the answer carries none, as Key Vault's 429 often does. */
  retryAfterSeconds?: number;
  /** Destroy the socket without an answer, before handling the request or after its effect has landed. */
  drop?: 'before' | 'after';
  /** How many matching requests the fault hits; every one when left out. */
  times?: number;
  /** With a 500/503 `status`: the error message repeats the request's Authorization header (a scrubbing test's leak). */
  echoAuthorization?: boolean;
}

export interface RateLimit extends RouteMatch {
  /** Requests accepted per window (the published rates are per second). */
  perSecond: number;
  /** The window in ms; 1000 unless a test widens it so that two processes surely fall into one window. */
  windowMs?: number;
}

/** The service's throttling answer (docs/byok-format.md "Limits"), seen without Retry-After. */
export function throttledReply(retryAfterSeconds?: number): Reply {
  return {
    status: 429,
    ...(retryAfterSeconds === undefined ? {} : { headers: { 'Retry-After': String(retryAfterSeconds) } }),
    body: {
      error: {
        code: 'Throttled',
        message:
          'Request was not processed because too many requests were received. Reason: VaultRequestTypeLimitReached',
      },
    },
  };
}

const STATUS_ERRORS = {
  500: {
    code: 'InternalServerError',
    message: 'The server encountered an internal error. Please retry the request.',
  },
  503: {
    code: 'ServiceUnavailable',
    message: 'The service is temporarily unavailable. Please retry the request.',
  },
};

export function faultReply(rule: FaultRule & { status: number }, authorization?: string): Reply {
  if (rule.status === 429) return throttledReply(rule.retryAfterSeconds);
  const canned = STATUS_ERRORS[rule.status as 500 | 503] ?? STATUS_ERRORS[500];
  const error = rule.echoAuthorization
    ? { ...canned, message: `${canned.message} Authorization: ${authorization ?? '(none)'}` }
    : canned;
  return {
    status: rule.status,
    ...(rule.retryAfterSeconds === undefined
      ? {}
      : { headers: { 'Retry-After': String(rule.retryAfterSeconds) } }),
    body: { error },
  };
}

function matches(match: RouteMatch, method: string, path: string): boolean {
  if (match.method && match.method.toUpperCase() !== method) return false;
  if (match.path instanceof RegExp) return match.path.test(path);
  const pattern = match.path
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${pattern}/?$`, 'i').test(path);
}

/** Faults and rate limits that tests program per route, consulted by the server on every request. */
export class Faults {
  private rules: Array<FaultRule & { remaining: number }> = [];
  private limits: Array<RateLimit & { accepted: number[] }> = [];

  add(rule: FaultRule): void {
    this.rules.push({ ...rule, remaining: rule.times ?? Infinity });
  }

  limitRate(limit: RateLimit): void {
    this.limits.push({ ...limit, accepted: [] });
  }

  /** Removes every fault and rate limit. */
  clear(): void {
    this.rules = [];
    this.limits = [];
  }

  /** The first fault that still applies to this request, counted as used. */
  take(method: string, path: string): FaultRule | undefined {
    const rule = this.rules.find((r) => r.remaining > 0 && matches(r, method, path));
    if (rule) rule.remaining -= 1;
    return rule;
  }

  /** True when a rate limit refuses this request; accepted requests count towards the limit's window. */
  throttled(method: string, path: string, now = Date.now()): boolean {
    const applicable = this.limits.filter((l) => matches(l, method, path));
    for (const limit of applicable)
      limit.accepted = limit.accepted.filter((t) => t > now - (limit.windowMs ?? 1000));
    if (applicable.some((l) => l.accepted.length >= l.perSecond)) return true;
    for (const limit of applicable) limit.accepted.push(now);
    return false;
  }
}
