import type { FairApi } from '../../shared/api/contract';
import type { ApiErrorShape, Reply } from '../../shared/api/errors';
import type { StaffRefusal, StaffSession } from '../../shared/model/staff';

/** The calls a staff phone makes; the server holds the same list and refuses any other. */
export type StaffMethod = 'listSaleBooths' | 'recordSale' | 'correctSale' | 'voidSale' | 'listSales' | 'listVisitors' | 'setVisitors';
type In<M extends StaffMethod> = Parameters<FairApi[M]>[0];
type Out<M extends StaffMethod> = Awaited<ReturnType<FairApi[M]>>;

const TOKEN_KEY = 'fairfloor.staff.token';
const SESSION_KEY = 'fairfloor.staff.session';

/** A reply that never arrived: the phone is offline or the organizer's computer is unreachable. */
export const NETWORK_ERROR: ApiErrorShape = { code: 'INTERNAL', message: 'No connection', details: { network: true } };

export const isNetworkError = (error: ApiErrorShape): boolean =>
  !!error.details && typeof error.details === 'object' && 'network' in error.details;

/** Why the server turned this phone away, when it said so. */
export function refusalOf(error: ApiErrorShape): StaffRefusal | null {
  if (error.code !== 'UNAUTHORIZED') return null;
  const why = (error.details as { staff?: StaffRefusal } | undefined)?.staff;
  return why ?? 'notJoined';
}

/** The phone's link to the organizer's computer: the device token lives in localStorage, never in a URL. */
export class StaffApi {
  token: string | null = localStorage.getItem(TOKEN_KEY);

  private async post(route: string, body: unknown): Promise<Reply<unknown>> {
    let response: Response;
    try {
      response = await fetch(`./api/${route}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}) },
        body: JSON.stringify(body),
        cache: 'no-store',
      });
    } catch {
      return { ok: false, error: NETWORK_ERROR };
    }
    try {
      return (await response.json()) as Reply<unknown>;
    } catch {
      return { ok: false, error: NETWORK_ERROR };
    }
  }

  async join(code: string, personName: string): Promise<Reply<StaffSession>> {
    const platform = /iphone|ipad/i.test(navigator.userAgent) ? 'iPhone' : /android/i.test(navigator.userAgent) ? 'Android' : '';
    const reply = await this.post('join', { code, personName, platform });
    if (!reply.ok) return reply;
    const { token, session } = reply.value as { token: string; session: StaffSession };
    this.token = token;
    localStorage.setItem(TOKEN_KEY, token);
    this.remember(session);
    return { ok: true, value: session };
  }

  async session(): Promise<Reply<StaffSession>> {
    const reply = (await this.post('session', {})) as Reply<StaffSession>;
    if (reply.ok) this.remember(reply.value);
    return reply;
  }

  call<M extends StaffMethod>(method: M, input: In<M>): Promise<Reply<Out<M>>> {
    return this.post(method, input) as Promise<Reply<Out<M>>>;
  }

  /** The last session, so the page works after a reload without network. */
  cachedSession(): StaffSession | null {
    try {
      return JSON.parse(localStorage.getItem(SESSION_KEY) ?? 'null') as StaffSession | null;
    } catch {
      return null;
    }
  }

  private remember(session: StaffSession): void {
    localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  }

  forget(): void {
    this.token = null;
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(SESSION_KEY);
  }
}
